// startWorker on the in-process driver and a scratch database, with the configured handlers and a fixed clock: the
// periodic expiry check it queues runs through to a stored mail, workers share one check per period, extra handlers
// run beside the configured ones, and stop() lets a running job finish.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../env-schema.mjs";
import { createTestLicence } from "../licensing/test-utils/licence";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createInProcessQueue } from "./in-process-driver";
import { QUEUES, queuePolicies } from "./queues";
import { EXPIRY_PERIOD_MS, startWorker } from "./start-worker";
import { eventually } from "./test-utils/queue-contract";
import type { JobQueue } from "./types";

let s: ScratchDb;
let dataDir: string;
const stops: (() => Promise<void>)[] = [];
const NOON = new Date("2026-06-01T12:00:00Z"); // a period boundary: days are whole multiples of 15 minutes

beforeAll(async () => {
  s = await createScratchDb();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "start-worker-"));
});
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});
afterAll(async () => {
  await s?.cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const env = () => parseEnv({ DATA_DIR: dataDir, APP_URL: "http://shop.test", MAIL_FROM: "Shop <data@shop.test>" });
const queueAt = (now: () => Date): JobQueue => {
  const q = createInProcessQueue(s.db, { policies: queuePolicies({ retryLimit: 0 }), now, pollMs: 20, log: () => {} });
  stops.push(() => q.stop());
  return q;
};
async function start(at: Date, extra = {}) {
  const now = () => at;
  const worker = await startWorker(queueAt(now), s.db, env(), { now, log: () => {}, extra });
  stops.push(() => worker.stop());
  return worker;
}
const expiryChecks = () => s.db.job.count({ where: { name: QUEUES.expireLicences } });

describe("startWorker", () => {
  it("queues an expiry check at once and works it with the configured handlers, down to the stored mail", async () => {
    const org = await s.db.organization.create({ data: { name: "Worker Org" } });
    await s.db.user.create({ data: { email: "member@worker.test", organizationId: org.id } });
    const licenceId = await createTestLicence(s.db, org.id, "LIC-W-1", {
      status: "ACTIVE",
      startsAt: new Date("2025-06-01T00:00:00Z"),
      expiresAt: new Date(NOON.getTime() - 60_000),
    });

    await start(NOON);
    // expire-licences queues a send-mail job, whose handler stores the mail in the dev mailbox (no SMTP_URL).
    const mail = await eventually(
      () => s.db.mailMessage.findFirst({ where: { to: "member@worker.test" } }),
      (m) => m !== null,
      "the licence-expired mail",
    );
    expect(mail).toMatchObject({ from: "Shop <data@shop.test>", subject: "Licence LIC-W-1: expired" });
    expect(mail!.text).toContain(`http://shop.test/account/licences/${licenceId}`);
    const marked = await s.db.licence.findUniqueOrThrow({ where: { id: licenceId } });
    expect(marked.expiryNotifiedAt).toEqual(NOON); // the worker's clock, not the wall clock
  });

  it("queues one expiry check per 15-minute period however many workers start in it", async () => {
    const base = await expiryChecks();
    const next = NOON.getTime() + 3 * EXPIRY_PERIOD_MS; // a period no other test uses
    await start(new Date(next));
    await start(new Date(next + EXPIRY_PERIOD_MS - 1)); // the same period's last millisecond
    expect(await expiryChecks()).toBe(base + 1);
    await start(new Date(next + EXPIRY_PERIOD_MS)); // the next period
    expect(await expiryChecks()).toBe(base + 2);
  });

  it("works extra handlers too, and stop() waits for a running job to finish", async () => {
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const events: string[] = [];
    const worker = await start(new Date(NOON.getTime() + 10 * EXPIRY_PERIOD_MS), {
      [QUEUES.importFolder]: async (data: unknown) => {
        events.push(`ran ${JSON.stringify(data)}`);
        started();
        await gate;
        events.push("finished");
      },
    });
    const q = queueAt(() => NOON); // another process's queue on the same table sends the job
    const id = (await q.send(QUEUES.importFolder, { source: "/in", datasetSlug: "d" }))!;
    await running;
    const stopped = worker.stop().then(() => events.push("stopped"));
    await new Promise((r) => setImmediate(r)); // one turn of the event loop: a stop() that did not wait resolves here
    release();
    await stopped;
    expect(events).toEqual(['ran {"source":"/in","datasetSlug":"d"}', "finished", "stopped"]);
    expect((await s.db.job.findUniqueOrThrow({ where: { id } })).state).toBe("completed");
  });

  it("logs a failed scheduling instead of failing to start", async () => {
    const q = queueAt(() => NOON);
    const logged: string[] = [];
    const broken: JobQueue = { ...q, send: () => Promise.reject(new Error("database is locked")) };
    const worker = await startWorker(broken, s.db, env(), { now: () => NOON, log: (l) => logged.push(l) });
    stops.push(() => worker.stop());
    expect(logged).toEqual(["[jobs] scheduling failed: Error: database is locked"]);
  });
});
