import type { Metadata } from "next";
import Link from "next/link";
import { CohortBreakdown } from "@/components/cohort/cohort-breakdown";
import { CohortForm } from "@/components/cohort/cohort-form";
import { LiveCount } from "@/components/cohort/live-count";
import { buttonClass } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { loadCohortView } from "@/lib/catalogue/cohort-view";
import { describeFilter, filterToParams, serialiseFilter } from "@/lib/catalogue/filter";
import { CohortPrice } from "@/components/licensing/cohort-price";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatInt } from "@/lib/format";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Build a cohort",
  description:
    "Pick conditions, methods, sequences, sex, age, scanner and field strength and see at once how many lumbar spine MRI studies match and how large they are.",
  alternates: { canonical: "/cohort" },
};

export default async function CohortPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const view = await loadCohortView(db, env.DATASET_SLUG, await searchParams);
  return (
    <Container className="py-10">
      <PageHeader
        title="Build a cohort"
        lead="Choose the studies you need and see at once how many there are and how much data that is. Share the link, or ask for a quote for exactly this cohort."
      />
      {view.state === "no-catalogue" ? (
        <div className="mt-8">
          <Notice>
            The study catalogue has not been loaded yet. The statistics page shows the dataset&apos;s figures meanwhile.
          </Notice>
        </div>
      ) : (
        <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="min-w-0">
            {view.problems.length > 0 ? (
              <div className="mb-6">
                <Notice tone="error" role="alert">
                  <p className="font-semibold">This link&apos;s filters cannot be used:</p>
                  <ul className="mt-1 list-disc pl-5">
                    {view.problems.map((p, i) => (
                      <li key={i}>
                        <code>{p.param}</code>: {p.message}
                      </li>
                    ))}
                  </ul>
                  <p className="mt-2">
                    <Link href="/cohort" className="underline">
                      Start again with all studies
                    </Link>
                  </p>
                </Notice>
              </div>
            ) : null}
            <CohortForm options={view.options} filter={view.filter}>
              <div className="flex flex-wrap gap-3">
                <button type="submit" className={buttonClass("secondary")}>
                  Update count
                </button>
                <Link href="/cohort" className={buttonClass("secondary")}>
                  Clear filters
                </Link>
              </div>
            </CohortForm>
          </div>
          <aside className="lg:sticky lg:top-4 lg:self-start" aria-label="Cohort size">
            <div className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
              {view.breakdown ? (
                <LiveCount
                  formId="cohort-form"
                  initial={{ studies: view.breakdown.studies, sizeBytes: view.breakdown.sizeBytes }}
                />
              ) : (
                <p className="text-sm">Fix the filters to see the count.</p>
              )}
              <ul className="mt-4 space-y-1 text-sm text-slate-700 dark:text-slate-300" data-testid="cohort-summary">
                {describeFilter(view.filter).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
                Catalogue version {view.version}.{" "}
                <Link className="underline" href="/dataset#versions">
                  What changed
                </Link>
              </p>
              <div className="mt-4 flex flex-col gap-2">
                <button
                  type="submit"
                  form="cohort-form"
                  formAction="/cohort/request"
                  formMethod="post"
                  className={buttonClass("primary")}
                >
                  Request this cohort
                </button>
                <Link
                  className="text-sm underline"
                  href={`/cohort?${filterToParams(view.filter)}`}
                  data-testid="share-link"
                >
                  Link to this cohort
                </Link>
              </div>
              <p className="mt-4 text-xs text-slate-600 dark:text-slate-400">
                Buy it below within the self-serve limit, or ask for a quote; sales replies within one working day.
              </p>
            </div>
          </aside>
        </div>
      )}
      {view.state !== "no-catalogue" && view.breakdown ? (
        view.breakdown.studies > 0 ? (
          <>
            {/* The price of exactly this cohort, evaluated on this catalogue version (the link to buy it is signed). */}
            <section className="mt-10" aria-labelledby="cohort-price">
              <h2 id="cohort-price" className="text-xl font-semibold">
                Price of this cohort
              </h2>
              <div className="mt-4">
                <CohortPrice
                  cohort={{
                    cohortId: null,
                    filter: serialiseFilter(view.filter),
                    label: (describeFilter(view.filter).join("; ") || "All studies").slice(0, 200),
                    catalogueVersion: view.version,
                    studyCount: view.breakdown.studies,
                    sizeBytes: Number(view.breakdown.sizeBytes),
                  }}
                />
              </div>
            </section>
            <CohortBreakdown b={view.breakdown} />
          </>
        ) : (
          <p className="mt-10 text-sm">
            No study matches all of these filters ({formatInt(0)} studies): widen one of them.
          </p>
        )
      ) : null}
    </Container>
  );
}
