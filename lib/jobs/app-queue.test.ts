// The web server's queue: one per process (kept on globalThis, so a module reload in development finds the same one),
// the driver the configuration names, on the app's database client. The configuration is parsed from a stubbed
// environment as in the app, and lib/db answers with a scratch database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "../db/create-client";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { QUEUES } from "./queues";
import type { JobQueue } from "./types";

const app = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock("../db", () => ({ db: app.db }));

const g = globalThis as unknown as { __jobQueue?: JobQueue };

let s: ScratchDb;
let dataDir: string;
beforeAll(async () => {
  s = await createScratchDb();
  app.db = s.db;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "app-queue-"));
});
afterAll(async () => {
  await s?.cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
afterEach(async () => {
  await g.__jobQueue?.stop();
  delete g.__jobQueue; // each test starts as a fresh process would
  vi.unstubAllEnvs();
});

/** appQueue as a freshly loaded module sees it, with env parsed from `vars`. */
async function loadAppQueue(vars: Record<string, string>) {
  for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
  vi.resetModules();
  return (await import("./app-queue")).appQueue;
}

describe("appQueue", () => {
  it("on SQLite is one in-process queue, kept across module reloads, storing jobs in the app's database", async () => {
    // A SQLite configuration whatever engine the scratch database runs on (TEST_DATABASE_URL may be PostgreSQL).
    const vars = {
      DATA_DIR: dataDir,
      DATABASE_URL: `file:${path.join(dataDir, "storefront.db")}`,
      JOBS_RETRY_LIMIT: "4",
    };
    const first = (await loadAppQueue(vars))();
    expect(first.driver).toBe("in-process");
    expect((await loadAppQueue(vars))()).toBe(first);

    const id = (await first.send(QUEUES.sendMail, { to: "x@app-queue.test", subject: "s", text: "t" }))!;
    expect(await s.db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "send-mail", retryLimit: 4 });
  });

  it("is pg-boss for a PostgreSQL database (nothing connects before the queue is used)", async () => {
    const appQueue = await loadAppQueue({ DATABASE_URL: "postgresql://app@db.internal:5432/storefront" });
    const q = appQueue();
    expect(q.driver).toBe("pg-boss");
    expect(appQueue()).toBe(q);
  });
});
