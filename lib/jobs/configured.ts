// The queue the configuration names (JOBS_* and DATABASE_URL). app/ binds it once per process (app-queue.ts);
// scripts/worker.ts and the CLIs build their own with their own database client.
import type { Db } from "../db/create-client";
import type { Env } from "../env";
import { createInProcessQueue } from "./in-process-driver";
import { createPgBossQueue } from "./pg-boss-driver";
import { queuePolicies } from "./queues";
import type { JobQueue } from "./types";

const isPg = (url: string) => /^postgres(ql)?:\/\//.test(url);

export function jobsDriverOf(e: Pick<Env, "JOBS_DRIVER" | "DATABASE_URL">): JobQueue["driver"] {
  return e.JOBS_DRIVER ?? (isPg(e.DATABASE_URL) ? "pg-boss" : "in-process");
}

/** Whether a web server process works jobs too (always with the in-process driver unless JOBS_IN_APP=0). */
export function jobsInApp(e: Pick<Env, "JOBS_DRIVER" | "DATABASE_URL" | "JOBS_IN_APP">): boolean {
  return e.JOBS_IN_APP ?? jobsDriverOf(e) === "in-process";
}

export function createConfiguredQueue(db: Db, e: Env, log?: (line: string) => void): JobQueue {
  const policies = queuePolicies({
    retryDelaySeconds: e.JOBS_RETRY_DELAY_SECONDS,
    expireInSeconds: e.JOBS_EXPIRE_SECONDS,
    retryLimit: e.JOBS_RETRY_LIMIT,
  });
  if (jobsDriverOf(e) === "pg-boss") {
    return createPgBossQueue({
      connectionString: e.DATABASE_URL,
      policies,
      maintenanceIntervalSeconds: e.JOBS_MAINTENANCE_SECONDS,
      pollingIntervalSeconds: e.JOBS_POLL_SECONDS,
      log,
    });
  }
  return createInProcessQueue(db, { policies, pollMs: Math.round(e.JOBS_POLL_SECONDS * 1000), log });
}
