// pg-boss against a scratch PostgreSQL database: needs TEST_DATABASE_URL (npm run test:db); skipped without it.
import { afterEach, beforeEach, describe } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createPgBossQueue } from "./pg-boss-driver";
import { queuePolicies } from "./queues";
import { queueContract } from "./test-utils/queue-contract";
import type { JobQueue } from "./types";

const url = process.env.TEST_DATABASE_URL;
const pg = !!url && /^postgres(ql)?:\/\//.test(url);

let s: ScratchDb;
const queues: JobQueue[] = [];
beforeEach(async () => {
  if (pg) s = await createScratchDb();
});
afterEach(async () => {
  await Promise.all(queues.splice(0).map((q) => q.stop()));
  await s?.cleanup();
});

describe.skipIf(!pg)("pg-boss job driver (needs TEST_DATABASE_URL=postgresql://...)", () => {
  queueContract(async () => {
    const q = createPgBossQueue({
      connectionString: s.url,
      policies: queuePolicies({ retryDelaySeconds: 0, retryLimit: 1 }),
      pollingIntervalSeconds: 0.5,
      maintenanceIntervalSeconds: 1,
      log: () => {},
    });
    queues.push(q);
    return q;
  });
});
