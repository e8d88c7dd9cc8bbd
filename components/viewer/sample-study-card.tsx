// One published sample study on /preview: what a buyer checks before opening it (a server component, no client JS).
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { SampleStudySummary } from "@/lib/preview/list-sample-studies";
import { previewUrls } from "@/lib/preview/urls";
import { formatAge } from "./decode/metadata";

const SEX: Record<string, string> = { M: "male", F: "female", O: "other" };

export function demographics(age: string | null, sex: string | null): string | null {
  const parts = [age ? formatAge(age) : null, sex ? (SEX[sex.toUpperCase()] ?? null) : null].filter(Boolean);
  return parts.length ? parts.join(", ") : null;
}

export function SampleStudyCard({ study, index }: { study: SampleStudySummary; index: number }) {
  const title = study.description ?? `Sample study ${index + 1}`;
  const facts: [string, string | null][] = [
    ["Planes", study.planes.length ? study.planes.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(", ") : null],
    ["Series / images", `${study.seriesCount} / ${study.imageCount}`],
    ["Scanner", study.scanner],
    ["Patient", demographics(study.patientAge, study.patientSex)],
  ];
  return (
    <article className="flex overflow-hidden rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      {/* A thumbnail, not a hero: on a phone the text stays the largest paint, so the page is ready at first paint. */}
      <div className="aspect-square w-24 shrink-0 self-start bg-black sm:w-48">
        {study.thumbnailInstanceId ? (
          // eslint-disable-next-line @next/next/no-img-element -- the vendor's JPG as served; fixed box, no layout shift
          <img
            src={previewUrls.jpg(study.thumbnailInstanceId)}
            alt={`Middle slice of ${title}`}
            width={384}
            height={384}
            fetchPriority={index === 0 ? "high" : "auto"}
            loading={index === 0 ? "eager" : "lazy"}
            className="h-full w-full object-contain"
          />
        ) : null}
      </div>
      <div className="flex min-w-0 flex-1 flex-col p-4 sm:p-5">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-lg font-semibold">{title}</h2>
          {/synthetic/i.test(title) ? <Badge tone="amber">Synthetic</Badge> : null}
        </div>
        <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          {facts.map(([label, value]) =>
            value ? (
              <div key={label} className="contents">
                <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
                <dd className="font-medium">{value}</dd>
              </div>
            ) : null,
          )}
        </dl>
        <Link
          href={previewUrls.study(study.id)}
          className="mt-4 inline-flex min-h-11 w-fit items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-600 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-400"
        >
          Open in the viewer<span className="sr-only">: {title}</span>
        </Link>
      </div>
    </article>
  );
}
