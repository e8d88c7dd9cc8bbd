// The embedded default's queue: jobs in the Job table (Prisma, so SQLite and PostgreSQL alike), worked by timers in
// the app's own process. Same contract as pg-boss: durable send, retries with backoff, expiry of jobs whose process
// died, a failed state the desk can retry. Claiming is a conditional update, so two processes on one database (a CLI
// and the server) never run the same job twice at once.
import type { Db } from "../db/create-client";
import { keysetOrderBy, keysetWhere } from "../db/keyset";
import { describeJob } from "./queues";
import { errorOutput, messageOf } from "./errors";
import { jobIdFor } from "./job-id";
import {
  JOB_STATES,
  type JobHandlers,
  type JobListFilter,
  type JobQueue,
  type JobRow,
  type JobState,
  type QueuePolicy,
} from "./types";

export interface InProcessOptions {
  policies: Record<string, QueuePolicy>;
  now?: () => Date;
  /** How often idle workers look for due jobs (retries, jobs sent by other processes). */
  pollMs?: number;
  /** Jobs run at once in this process. */
  concurrency?: number;
  log?: (line: string) => void;
}

const isUniqueViolation = (e: unknown) => (e as { code?: unknown }).code === "P2002";

export function createInProcessQueue(db: Db, opts: InProcessOptions): JobQueue {
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? ((l: string) => console.warn(l));
  const concurrency = opts.concurrency ?? 2;
  let handlers: JobHandlers = {};
  let timer: NodeJS.Timeout | null = null;
  let running = 0;
  /** The poll under way, if any: stop() waits for it, as it may still claim a job. */
  let ticking: Promise<void> | null = null;
  let again = false;
  const inFlight = new Set<Promise<void>>();

  const policyOf = (name: string): QueuePolicy => {
    const p = opts.policies[name];
    if (!p) throw new Error(`unknown job queue "${name}"`);
    return p;
  };

  /** Active jobs past their expiry belonged to a process that died (or hung): retry or fail them, as pg-boss does. */
  async function expireLost(): Promise<void> {
    const active = await db.job.findMany({
      where: { state: "active" },
      select: {
        id: true,
        startedOn: true,
        expireInSeconds: true,
        retryCount: true,
        retryLimit: true,
        retryDelay: true,
        retryBackoff: true,
      },
    });
    const t = now();
    for (const j of active) {
      if (!j.startedOn || j.startedOn.getTime() + j.expireInSeconds * 1000 >= t.getTime()) continue;
      await db.job.updateMany({
        where: { id: j.id, state: "active", startedOn: j.startedOn },
        data: afterFailure(j, t, { message: "job failed by timeout in active state" }),
      });
    }
  }

  async function claimOne(): Promise<{
    id: string;
    name: string;
    data: string;
    retryCount: number;
    startedOn: Date;
  } | null> {
    const names = Object.keys(handlers);
    for (let tries = 0; tries < 5; tries++) {
      const t = now();
      const next = await db.job.findFirst({
        where: { state: { in: ["created", "retry"] }, startAfter: { lte: t }, name: { in: names } },
        orderBy: [{ createdOn: "asc" }, { id: "asc" }],
        select: { id: true, name: true, data: true, state: true, retryCount: true, startedOn: true },
      });
      if (!next) return null;
      const retryCount = next.startedOn ? next.retryCount + 1 : next.retryCount;
      const won = await db.job.updateMany({
        where: { id: next.id, state: next.state },
        data: { state: "active", startedOn: t, retryCount },
      });
      if (won.count === 1) return { id: next.id, name: next.name, data: next.data, retryCount, startedOn: t };
    }
    return null;
  }

  async function runJob(job: NonNullable<Awaited<ReturnType<typeof claimOne>>>): Promise<void> {
    const mine = { id: job.id, state: "active", startedOn: job.startedOn };
    try {
      const result = await handlers[job.name]!(JSON.parse(job.data), {
        id: job.id,
        name: job.name,
        retryCount: job.retryCount,
      });
      await db.job.updateMany({
        where: mine,
        data: { state: "completed", completedOn: now(), output: result === undefined ? null : JSON.stringify(result) },
      });
    } catch (e) {
      const row = await db.job.findUnique({
        where: { id: job.id },
        select: { retryCount: true, retryLimit: true, retryDelay: true, retryBackoff: true },
      });
      if (!row) return;
      log(`[jobs] ${job.name} ${job.id} attempt ${job.retryCount + 1} failed: ${errorOutput(e).message}`);
      await db.job.updateMany({ where: mine, data: afterFailure(row, now(), errorOutput(e)) });
    }
  }

  function tick(): Promise<void> {
    if (ticking) {
      again = true;
      return ticking;
    }
    ticking = (async () => {
      try {
        do {
          again = false;
          await expireLost();
          // `timer` is null once stop() was called: claim nothing more.
          while (timer && running < concurrency) {
            const job = await claimOne();
            if (!job) break;
            running++;
            // Recording the outcome can fail too (the database gone): logged, never an unhandled rejection.
            const p = runJob(job)
              .catch((e: unknown) =>
                log(`[jobs] ${job.name} ${job.id}: outcome not recorded: ${errorOutput(e).message}`),
              )
              .finally(() => {
                running--;
                inFlight.delete(p);
                if (timer) void tick().catch(report);
              });
            inFlight.add(p);
          }
        } while (again && timer);
      } finally {
        ticking = null;
      }
    })();
    return ticking;
  }
  const report = (e: unknown) => log(`[jobs] queue poll failed: ${errorOutput(e).message}`);

  return {
    driver: "in-process",
    async send(name, data, sendOpts = {}) {
      const p = policyOf(name);
      const t = now();
      const id = jobIdFor(sendOpts.key);
      try {
        await db.job.create({
          data: { id, name, data: JSON.stringify(data), ...p, startAfter: sendOpts.startAfter ?? t, createdOn: t },
        });
      } catch (e) {
        if (sendOpts.key !== undefined && isUniqueViolation(e)) return null;
        throw e;
      }
      // Work it at once when this process works that queue (the demo's mail reaches the mailbox without a poll).
      if (timer && handlers[name]) setImmediate(() => void tick().catch(report));
      return id;
    },
    async work(h) {
      handlers = { ...handlers, ...h };
      timer ??= setInterval(() => void tick().catch(report), opts.pollMs ?? 1000);
      timer.unref();
      await tick().catch(report);
    },
    list: (filter) => listJobs(db, filter),
    async counts() {
      const [groups, retried] = await Promise.all([
        db.job.groupBy({ by: ["state"], _count: { _all: true } }),
        db.job.count({ where: { retryCount: { gt: 0 } } }),
      ]);
      const out = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
      for (const g of groups) out[g.state as JobState] = g._count._all;
      return { ...out, retried };
    },
    async retry(id) {
      // As pg-boss: one more attempt on top of the limit, due now.
      const row = await db.job.findUnique({ where: { id }, select: { state: true, retryLimit: true } });
      if (row?.state !== "failed") return false;
      const r = await db.job.updateMany({
        where: { id, state: "failed" },
        data: { state: "retry", retryLimit: row.retryLimit + 1, startAfter: now(), completedOn: null },
      });
      if (r.count === 1 && timer) setImmediate(() => void tick().catch(report));
      return r.count === 1;
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      // A poll under way may still claim a job after this point: wait for it, then for every job under way.
      await ticking?.catch(() => {});
      await Promise.allSettled([...inFlight]);
    },
  };
}

function afterFailure(
  j: { retryCount: number; retryLimit: number; retryDelay: number; retryBackoff: boolean },
  t: Date,
  error: { message: string; stack?: string },
) {
  const output = JSON.stringify(error);
  if (j.retryCount >= j.retryLimit) return { state: "failed", completedOn: t, output };
  const delay = j.retryBackoff ? j.retryDelay * 2 ** Math.min(16, j.retryCount) : j.retryDelay;
  return { state: "retry", startAfter: new Date(t.getTime() + delay * 1000), output };
}

const newestFirst = { field: "createdOn", dir: "desc" } as const;

async function listJobs(db: Db, f: JobListFilter): Promise<JobRow[]> {
  const rows = await db.job.findMany({
    where: {
      ...(f.state ? { state: f.state } : {}),
      ...(f.retried ? { retryCount: { gt: 0 } } : {}),
      ...(f.before ? keysetWhere(newestFirst, { value: f.before.createdOn, id: f.before.id }) : {}),
    },
    orderBy: keysetOrderBy(newestFirst),
    take: f.limit ?? 50,
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    state: r.state as JobState,
    retryCount: r.retryCount,
    retryLimit: r.retryLimit,
    createdOn: r.createdOn,
    startedOn: r.startedOn,
    completedOn: r.completedOn,
    error: r.state === "completed" ? null : messageOf(r.output),
    summary: describeJob(r.name, safeData(r.data)),
  }));
}

function safeData(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}
