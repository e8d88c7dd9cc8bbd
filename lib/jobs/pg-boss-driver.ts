// Production's queue: pg-boss on the PostgreSQL the app already uses (schema "pgboss"). Workers on any number of
// machines fetch with SELECT ... FOR UPDATE SKIP LOCKED, so each job runs once at a time; a worker that dies leaves its
// job active until expireInSeconds, when pg-boss's maintenance retries it (or fails it after its attempts).
import PgBoss from "pg-boss";
import { describeJob } from "./queues";
import { errorOutput, messageOf } from "./errors";
import { jobIdFor } from "./job-id";
import { JOB_STATES, type JobListFilter, type JobQueue, type JobRow, type JobState, type QueuePolicy } from "./types";

export interface PgBossOptions {
  connectionString: string;
  policies: Record<string, QueuePolicy>;
  /** How often a worker checks for expired jobs and retries due (pg-boss maintenance; default 60 s). */
  maintenanceIntervalSeconds?: number;
  /** How often an idle worker polls each queue (default 2 s). */
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
}

type Sql = { executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

export function createPgBossQueue(opts: PgBossOptions): JobQueue {
  const log = opts.log ?? ((l: string) => console.warn(l));
  const boss = new PgBoss({
    connectionString: opts.connectionString,
    schema: "pgboss",
    max: 4,
    application_name: "storefront-jobs",
    maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 60,
    // Completed jobs stay listable for a day, failed ones for a week (then pg-boss archives them).
    archiveCompletedAfterSeconds: 24 * 3600,
    archiveFailedAfterSeconds: 7 * 24 * 3600,
  });
  boss.on("error", (e) => log(`[jobs] pg-boss: ${errorOutput(e).message}`));
  let started: Promise<void> | null = null;
  let working = false;
  const sql = () => (boss as unknown as { getDb(): Sql }).getDb();

  // start() installs or migrates the schema (advisory-locked, so concurrent starts are safe) and creates the queues.
  const ready = () =>
    (started ??= (async () => {
      await boss.start();
      for (const [name, p] of Object.entries(opts.policies)) {
        await boss.createQueue(name, { name, ...p });
        await boss.updateQueue(name, { name, ...p });
      }
    })());

  return {
    driver: "pg-boss",
    async send(name, data, sendOpts = {}) {
      await ready();
      const p = opts.policies[name];
      if (!p) throw new Error(`unknown job queue "${name}"`);
      // An explicit id makes a keyed send idempotent: pg-boss inserts with ON CONFLICT DO NOTHING and answers null.
      return boss.send(name, data, {
        ...p,
        id: jobIdFor(sendOpts.key),
        ...(sendOpts.startAfter ? { startAfter: sendOpts.startAfter } : {}),
      });
    },
    async work(handlers) {
      await ready();
      working = true;
      for (const [name, handler] of Object.entries(handlers)) {
        await boss.work<object>(
          name,
          { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2, includeMetadata: true },
          async ([job]) => {
            if (!job) return;
            return handler(job.data, { id: job.id, name: job.name, retryCount: job.retryCount });
          },
        );
      }
    },
    async list(f: JobListFilter): Promise<JobRow[]> {
      await ready();
      const where: string[] = [];
      const values: unknown[] = [];
      if (f.state) where.push(`state = $${values.push(f.state)}::pgboss.job_state`);
      if (f.retried) where.push("retry_count > 0");
      if (f.before)
        where.push(
          `(created_on, id) < ($${values.push(f.before.createdOn)}::timestamptz, $${values.push(f.before.id)}::uuid)`,
        );
      const { rows } = await sql().executeSql(
        `SELECT id, name, state, retry_count, retry_limit, created_on, started_on, completed_on, output, data
           FROM pgboss.job ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
          ORDER BY created_on DESC, id DESC LIMIT $${values.push(f.limit ?? 50)}`,
        values,
      );
      return rows.map((r) => ({
        id: String(r.id),
        name: String(r.name),
        state: r.state as JobState,
        retryCount: Number(r.retry_count),
        retryLimit: Number(r.retry_limit),
        createdOn: new Date(r.created_on as string),
        startedOn: r.started_on ? new Date(r.started_on as string) : null,
        completedOn: r.completed_on ? new Date(r.completed_on as string) : null,
        error: r.state === "completed" ? null : messageOf(r.output),
        summary: describeJob(String(r.name), r.data),
      }));
    },
    async counts() {
      await ready();
      const { rows } = await sql().executeSql(
        "SELECT state::text AS state, count(*)::int AS n, count(*) FILTER (WHERE retry_count > 0)::int AS retried FROM pgboss.job GROUP BY state",
      );
      const out = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
      let retried = 0;
      for (const r of rows) {
        out[r.state as JobState] = Number(r.n);
        retried += Number(r.retried);
      }
      return { ...out, retried };
    },
    async retry(id) {
      await ready();
      const { rows } = await sql().executeSql("SELECT name FROM pgboss.job WHERE id = $1::uuid AND state = 'failed'", [
        id,
      ]);
      const name = rows[0]?.name;
      if (typeof name !== "string") return false;
      await boss.retry(name, id);
      return true;
    },
    async stop() {
      if (!started) return;
      await started.catch(() => undefined);
      // graceful: a worker finishes its current job first (up to 30 s), as a deploy's SIGTERM expects.
      await boss.stop({ graceful: working, wait: true, timeout: 30_000 });
    },
  };
}
