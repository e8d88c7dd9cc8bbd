// What the desk's jobs page and actions do with a queue: read the counts and a page of jobs, retry a failed job, queue
// an import of a folder on the server. The caller has checked the admin role.
import { stat } from "node:fs/promises";
import type { Db } from "../db/create-client";
import { recordAudit, type AuditActor } from "../audit/record";
import { AppError } from "../errors/app-error";
import { QUEUES } from "./queues";
import type { JobQueue, JobRow, JobState } from "./types";

export const JOBS_PAGE = 50;

export async function jobsOverview(
  queue: JobQueue,
  view: JobState | "retried" | "all",
  before?: { createdOn: Date; id: string },
) {
  const [counts, rows] = await Promise.all([
    queue.counts(),
    queue.list({
      ...(view === "retried" ? { retried: true } : view === "all" ? {} : { state: view }),
      before,
      limit: JOBS_PAGE + 1,
    }),
  ]);
  const items: JobRow[] = rows.slice(0, JOBS_PAGE);
  const last = items.at(-1);
  return { counts, items, next: rows.length > JOBS_PAGE && last ? { createdOn: last.createdOn, id: last.id } : null };
}

export async function retryJob(
  deps: { db: Db; queue: JobQueue },
  actor: AuditActor,
  jobId: string,
  ip: string | null,
): Promise<void> {
  if (!(await deps.queue.retry(jobId)))
    throw new AppError("CONFLICT", "That job is not failed (any more): reload the page.");
  await recordAudit(deps.db, { actor, action: "job.retried", targetType: "job", targetId: jobId, ip });
}

export async function queueImport(
  deps: { db: Db; queue: JobQueue },
  actor: AuditActor,
  input: { source: string; datasetSlug: string; sample: boolean },
  ip: string | null,
): Promise<string> {
  const info = await stat(input.source).catch(() => null);
  if (!info?.isDirectory())
    throw new AppError("VALIDATION", `No folder at ${input.source} on the server.`, {
      fieldErrors: { source: ["No such folder on the server"] },
    });
  const id = await deps.queue.send(QUEUES.importFolder, { ...input, requestedBy: `desk:${actor.email}` });
  await recordAudit(deps.db, {
    actor,
    action: "import.queued",
    targetType: "job",
    targetId: id ?? undefined,
    details: input,
    ip,
  });
  return id!;
}

/** Rebuilds the dataset's cohort-count pre-aggregate for its latest catalogue version, in the background. */
export async function queueCatalogueRefresh(
  deps: { db: Db; queue: JobQueue },
  actor: AuditActor,
  datasetSlug: string,
  ip: string | null,
): Promise<string> {
  const dataset = await deps.db.dataset.findUnique({ where: { slug: datasetSlug }, select: { id: true } });
  if (!dataset)
    throw new AppError("VALIDATION", `No dataset "${datasetSlug}".`, {
      fieldErrors: { datasetSlug: ["No such dataset"] },
    });
  const id = await deps.queue.send(QUEUES.refreshCatalogue, { datasetSlug });
  await recordAudit(deps.db, {
    actor,
    action: "catalogue.refresh_queued",
    targetType: "job",
    targetId: id ?? undefined,
    details: { datasetSlug },
    ip,
  });
  return id!;
}
