// The statistics page's content, shared by /statistics (default order) and the cached sorted variants it is
// rewritten to (sorted/[sort]/[dir]).
import { BarList } from "@/components/charts/bar-list";
import { NoStats } from "@/components/stats/no-stats";
import { StatsSource } from "@/components/stats/stats-source";
import { StatsTable } from "@/components/stats/stats-table";
import { CountMeaning } from "@/components/stats/count-meaning";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { buildPivot, parseSort, sortPivot } from "@/lib/dataset/pivot";
import { loadStats } from "@/app/_bind/load-stats";
import { formatInt } from "@/lib/format";

/** The page in a given order (the table's sort links are plain URLs, so it sorts with no client JavaScript). */
export async function StatisticsView({ sort, dir }: { sort?: string; dir?: string }) {
  const stats = await loadStats();
  return (
    <Container className="py-10">
      <PageHeader
        title="Dataset statistics"
        lead="How many studies the dataset holds for each condition and method of study; the line under the table names the file the figures come from."
      >
        <div className="mt-5 flex flex-wrap gap-3">
          <ButtonLink href="/enquire?from=/statistics">Request a quote</ButtonLink>
          <ButtonLink href="/preview" variant="secondary">
            Preview a sample study
          </ButtonLink>
        </div>
      </PageHeader>
      {!stats ? <NoStats /> : <StatsBody stats={stats} sortParam={sort} dirParam={dir} />}
    </Container>
  );
}

function StatsBody({
  stats,
  sortParam,
  dirParam,
}: {
  stats: NonNullable<Awaited<ReturnType<typeof loadStats>>>;
  sortParam: unknown;
  dirParam: unknown;
}) {
  const pivot = buildPivot(stats.rows);
  const sort = parseSort(pivot, sortParam, dirParam);
  const rows = sortPivot(pivot, sort.key, sort.dir);
  return (
    <>
      <dl className="mt-8 grid grid-cols-1 gap-4 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Studies</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="total-studies">
            {formatInt(pivot.grandTotal)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Conditions</dt>
          <dd className="text-2xl font-semibold tabular-nums">{pivot.rows.length}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-400">Methods of study</dt>
          <dd className="text-2xl font-semibold tabular-nums">{pivot.methods.length}</dd>
        </div>
      </dl>

      <section id="table" className="mt-10 scroll-mt-4" aria-labelledby="table-title">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h2 id="table-title" className="text-xl font-semibold">
            Studies by condition and method
          </h2>
          <div className="flex flex-wrap gap-3">
            <ButtonLink href="/cohort" variant="secondary">
              Build a cohort
            </ButtonLink>
            <ButtonLink href="/statistics/download" variant="secondary" download>
              Download CSV
            </ButtonLink>
          </div>
        </div>
        <StatsTable pivot={pivot} rows={rows} sort={sort} />
        <StatsSource source={stats.source} />
        <CountMeaning total={pivot.grandTotal} conditions={pivot.rows.length} />
      </section>

      <section className="mt-12 grid gap-10 lg:grid-cols-2" aria-label="Charts">
        <BarList id="stats-by-condition" title="Studies by condition" items={stats.byCondition} total={stats.total} />
        <BarList id="stats-by-method" title="Studies by method of study" items={stats.byMethod} total={stats.total} />
      </section>

      <section
        aria-labelledby="quote-cta"
        className="mt-12 rounded-lg border border-brand-600/30 bg-brand-50 p-6 dark:border-brand-300/30 dark:bg-slate-900"
      >
        <h2 id="quote-cta" className="text-xl font-semibold">
          Need these studies?
        </h2>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Tell us the conditions, methods and number of studies you need; sales replies with a quote, usually within one
          working day.
        </p>
        <div className="mt-4">
          <ButtonLink href="/enquire?from=/statistics">Request a quote</ButtonLink>
        </div>
      </section>
    </>
  );
}
