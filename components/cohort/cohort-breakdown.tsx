import { BarList } from "@/components/charts/bar-list";
import type { Breakdown } from "@/lib/catalogue/engine";

// The cohort's make-up, server-rendered like the statistics page's charts.
export function CohortBreakdown({ b }: { b: Breakdown }) {
  const items = (bars: { label: string; studies: number }[]) =>
    bars.filter((x) => x.studies > 0).map((x) => ({ name: x.label, studies: x.studies }));
  return (
    <section aria-labelledby="breakdown-title" className="mt-10">
      <h2 id="breakdown-title" className="text-xl font-semibold">
        What the cohort holds
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        A study with several conditions counts once under each of them.
      </p>
      <div className="mt-6 grid gap-10 md:grid-cols-2">
        <BarList id="by-condition" title="By condition" items={items(b.conditions)} total={b.studies} />
        <BarList id="by-method" title="By method of study" items={items(b.methods)} total={b.studies} />
        <BarList id="by-sex" title="By sex" items={items(b.sex)} total={b.studies} />
        <BarList
          id="by-age"
          title="By age"
          items={b.ages.map((x) => ({ name: x.label, studies: x.studies }))}
          total={b.studies}
        />
        <BarList id="by-scanner" title="By scanner" items={items(b.scanners)} total={b.studies} />
        <BarList id="by-field" title="By field strength" items={items(b.fieldStrengths)} total={b.studies} />
      </div>
    </section>
  );
}
