// The queue the configuration names: which driver, whether the web server works jobs, and that JOBS_* reach the
// queue's policies (read back from the Job rows the in-process driver stores).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../env-schema.mjs";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createConfiguredQueue, jobsDriverOf, jobsInApp } from "./configured";
import { QUEUES } from "./queues";

const SQLITE = "file:/srv/storefront/storefront.db";
const PG = "postgresql://app@db.internal:5432/storefront";

describe("jobsDriverOf", () => {
  it("is pg-boss on PostgreSQL and the in-process driver on SQLite unless JOBS_DRIVER says otherwise", () => {
    expect(jobsDriverOf({ DATABASE_URL: SQLITE, JOBS_DRIVER: undefined })).toBe("in-process");
    expect(jobsDriverOf({ DATABASE_URL: PG, JOBS_DRIVER: undefined })).toBe("pg-boss");
    expect(jobsDriverOf({ DATABASE_URL: "postgres://app@db.internal/storefront", JOBS_DRIVER: undefined })).toBe(
      "pg-boss",
    );
    expect(jobsDriverOf({ DATABASE_URL: PG, JOBS_DRIVER: "in-process" })).toBe("in-process");
  });

  it("reads the parsed configuration the same way", () => {
    expect(jobsDriverOf(parseEnv({ DATA_DIR: "/srv/storefront" }))).toBe("in-process");
    expect(jobsDriverOf(parseEnv({ DATABASE_URL: PG }))).toBe("pg-boss");
  });
});

describe("jobsInApp", () => {
  it("the web server works jobs with the in-process driver, not with pg-boss, unless JOBS_IN_APP says otherwise", () => {
    expect(jobsInApp(parseEnv({ DATABASE_URL: SQLITE }))).toBe(true);
    expect(jobsInApp(parseEnv({ DATABASE_URL: PG }))).toBe(false);
    expect(jobsInApp(parseEnv({ DATABASE_URL: SQLITE, JOBS_IN_APP: "0" }))).toBe(false);
    expect(jobsInApp(parseEnv({ DATABASE_URL: PG, JOBS_IN_APP: "1" }))).toBe(true);
  });
});

describe("createConfiguredQueue", () => {
  let s: ScratchDb;
  let dataDir: string;
  beforeAll(async () => {
    s = await createScratchDb();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "jobs-configured-"));
  });
  afterAll(async () => {
    await s?.cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("on SQLite stores jobs in the app's database with the JOBS_* policies", async () => {
    const e = parseEnv({
      DATA_DIR: dataDir,
      JOBS_RETRY_LIMIT: "5",
      JOBS_RETRY_DELAY_SECONDS: "7",
      JOBS_EXPIRE_SECONDS: "120",
    });
    const q = createConfiguredQueue(s.db, e, () => {});
    try {
      expect(q.driver).toBe("in-process");
      const id = (await q.send(QUEUES.sendMail, { to: "x@cfg.test", subject: "s", text: "t" }))!;
      const row = await s.db.job.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ name: "send-mail", retryLimit: 5, retryDelay: 7, expireInSeconds: 120 });
      // Backoff is the queue's own default (send-mail doubles its delay), not a JOBS_* setting.
      expect(row.retryBackoff).toBe(true);
    } finally {
      await q.stop();
    }
  });

  it("names pg-boss for a PostgreSQL database (nothing connects before the queue is used)", async () => {
    const q = createConfiguredQueue(s.db, parseEnv({ DATABASE_URL: PG }), () => {});
    expect(q.driver).toBe("pg-boss");
    await q.stop();
  });
});
