import Link from "next/link";
import type { ResolvedCohort } from "@/lib/catalogue/cohorts";
import { describeFilter, filterToParams } from "@/lib/catalogue/filter";
import { formatSize } from "@/lib/catalogue/format-size";
import { formatInt } from "@/lib/format";

// A stored cohort as the buyer saw it: its filters, count and size on the catalogue version it was counted on.
// Shown on the enquiry form and on the desk's enquiry page.
export function CohortSummary({ cohort, title = "Your cohort" }: { cohort: ResolvedCohort; title?: string }) {
  return (
    <section
      aria-labelledby="cohort-summary-title"
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      data-testid="cohort-box"
    >
      <h2 id="cohort-summary-title" className="text-base font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-2xl font-semibold tabular-nums">
        <span data-testid="cohort-box-count">{formatInt(cohort.studies)}</span> studies
        <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">
          {formatSize(Number(cohort.sizeBytes))}
        </span>
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {describeFilter(cohort.filter).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Catalogue version {cohort.version}, counted {cohort.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
        ·{" "}
        <Link className="underline" href={`/cohort?${filterToParams(cohort.filter)}`}>
          open in the cohort builder
        </Link>
      </p>
    </section>
  );
}
