import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { Pager } from "@/components/desk/pager";
import { formatDateTime } from "@/components/desk/format";
import { RefreshCatalogueForm, RetryJobForm, StartImportForm } from "@/components/desk/job-forms";
import { requirePageRole } from "@/lib/auth/guards";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { appQueue } from "@/lib/jobs/app-queue";
import { jobsOverview } from "@/lib/jobs/desk";
import { formatJobsCursor, jobsViewSchema, parseJobsCursor } from "@/lib/validations/jobs";
import { refreshCatalogueAction, retryJobAction, startImportAction } from "./actions";

export const metadata: Metadata = { title: "Jobs", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const VIEWS = [
  ["all", "All"],
  ["active", "Running"],
  ["created", "Waiting"],
  ["retry", "Waiting to retry"],
  ["failed", "Failed"],
  ["retried", "Retried"],
  ["completed", "Completed"],
] as const;

// The background queue: what runs, what waits, what failed and why; failed jobs can be queued again.
export default async function JobsPage({ searchParams }: { searchParams: Search }) {
  await requirePageRole(ADMIN_ONLY, "/desk/admin/jobs");
  const raw = await searchParams;
  const view = jobsViewSchema.parse(first(raw.view) ?? "all");
  const queue = appQueue();
  const { counts, items, next } = await jobsOverview(queue, view, parseJobsCursor(first(raw.after)));
  const tally: Record<(typeof VIEWS)[number][0], number> = {
    all: Object.values(counts).reduce((a, b) => a + b, 0) - counts.retried,
    active: counts.active,
    created: counts.created,
    retry: counts.retry,
    failed: counts.failed,
    retried: counts.retried,
    completed: counts.completed,
  };
  return (
    <Container className="space-y-6 py-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Jobs</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Mail, imports, archives, catalogue refreshes and licence expiry run in the background (
          {queue.driver === "pg-boss" ? "pg-boss on PostgreSQL, worked by npm run worker" : "in the server process"}).
        </p>
      </div>
      <nav aria-label="Job states" className="flex flex-wrap gap-2">
        {VIEWS.map(([v, label]) => (
          <Link
            key={v}
            href={`/desk/admin/jobs?view=${v}`}
            aria-current={view === v ? "page" : undefined}
            className="min-h-11 rounded-md border border-slate-300 px-3 py-2 text-sm aria-[current=page]:bg-slate-900 aria-[current=page]:text-white dark:border-slate-700 dark:aria-[current=page]:bg-slate-100 dark:aria-[current=page]:text-slate-900"
          >
            {label} <span data-testid={`count-${v}`}>{tally[v]}</span>
          </Link>
        ))}
      </nav>
      {items.length === 0 ? <p className="text-slate-600 dark:text-slate-400">No jobs.</p> : null}
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {items.map((j) => (
          <li key={j.id} className="grid gap-2 p-4 text-sm sm:grid-cols-[minmax(0,1fr)_auto]" data-job={j.id}>
            <div className="min-w-0">
              <p className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-semibold">{j.name}</span>
                <span
                  className="rounded bg-slate-100 px-2 text-xs font-medium dark:bg-slate-800"
                  data-testid="job-state"
                >
                  {j.state}
                </span>
                <time dateTime={j.createdOn.toISOString()} className="text-slate-600 dark:text-slate-400">
                  {formatDateTime(j.createdOn)}
                </time>
              </p>
              <p className="mt-1 wrap-anywhere text-slate-700 dark:text-slate-300">{j.summary}</p>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                Attempt {j.retryCount + 1} of {j.retryLimit + 1} <span className="font-mono">{j.id}</span>
              </p>
              {j.error ? (
                <p
                  className="mt-1 wrap-anywhere font-mono text-xs text-red-700 dark:text-red-400"
                  data-testid="job-error"
                >
                  {j.error}
                </p>
              ) : null}
            </div>
            {j.state === "failed" ? <RetryJobForm action={retryJobAction} jobId={j.id} /> : null}
          </li>
        ))}
      </ol>
      <Pager
        next={next ? formatJobsCursor(next) : undefined}
        href={(c) => `/desk/admin/jobs?view=${view}&after=${c.after ?? ""}`}
        label="Job pages"
      />
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Import a folder</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Queues the same import as <code>npm run import</code>, for a folder the server (or worker) can read. It is
          safe to retry: studies are merged, never duplicated.
        </p>
        <StartImportForm action={startImportAction} datasetSlug={env.DATASET_SLUG} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Catalogue</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Rebuilds the pre-aggregated counts the cohort builder reads, for the latest catalogue version (publishing a
          version already does this).
        </p>
        <RefreshCatalogueForm action={refreshCatalogueAction} datasetSlug={env.DATASET_SLUG} />
      </section>
    </Container>
  );
}
