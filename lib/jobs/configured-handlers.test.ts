// The handlers bound to a configuration, on a scratch database, a DATA_DIR in a tmp folder and a real HTTP server as
// the web instance: which queues they work, where the archive job writes, the catalogue refresh's storefront notice,
// the dev mailbox when there is no SMTP_URL, and the expiry job's mail queued from MAIL_FROM on the given clock.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importLabels } from "../catalogue/import-labels";
import { labelsCsv, randomStudies } from "../catalogue/test-utils/catalogue";
import { archiveKeyFor } from "../delivery/build-study-archive";
import { parseEnv } from "../env-schema.mjs";
import { importFolder } from "../importer";
import { makeFolder, studyUid, tempDir } from "../importer/test-utils/make-folder";
import { createTestLicence } from "../licensing/test-utils/licence";
import { authorisedRevalidation, REVALIDATE_PATH } from "../storefront/revalidation";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { configuredHandlers } from "./configured-handlers";
import { createInProcessQueue } from "./in-process-driver";
import { QUEUES, queuePolicies } from "./queues";
import type { JobContext, JobHandlers, JobQueue } from "./types";

const SECRET = "c".repeat(40);
const NOW = new Date("2026-06-01T12:00:00Z");
const job = (name: string): JobContext => ({ id: `test-${name}`, name, retryCount: 0 });

let s: ScratchDb;
let dataDir: string;
let folder: string;
let server: http.Server;
let notices: (string | null)[];
let queue: JobQueue;
let handlers: JobHandlers;

beforeAll(async () => {
  s = await createScratchDb();
  dataDir = tempDir();
  folder = tempDir();
  notices = [];
  server = http.createServer((req, res) => {
    if (req.method === "POST" && req.url === REVALIDATE_PATH) notices.push(req.headers.authorization ?? null);
    req.resume();
    res.writeHead(204).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const e = parseEnv({ DATA_DIR: dataDir, APP_URL: appUrl, AUTH_SECRET: SECRET, MAIL_FROM: "Shop <data@shop.test>" });
  // Not worked: the test reads what the handlers queue.
  queue = createInProcessQueue(s.db, { policies: queuePolicies(), now: () => NOW, log: () => {} });
  handlers = configuredHandlers(s.db, e, queue, { now: () => NOW });
});
afterAll(async () => {
  await queue?.stop();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  await s?.cleanup();
  for (const d of [dataDir, folder]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

const handler = (name: string) => {
  const h = handlers[name];
  if (!h) throw new Error(`no handler for ${name}`);
  return (data: unknown) => h(data, job(name));
};

describe("configuredHandlers", () => {
  it("works every queue but the import, which only `npm run worker` loads", () => {
    expect(Object.keys(handlers).sort()).toEqual(
      [QUEUES.sendMail, QUEUES.buildArchives, QUEUES.refreshCatalogue, QUEUES.expireLicences].sort(),
    );
  });

  it("builds archives into DATA_DIR/archives (the local archive storage)", async () => {
    makeFolder(folder, { studies: [[1]] });
    await importFolder(s.db, folder, { datasetSlug: "cfg-archives", workers: 0 });
    expect(await handler(QUEUES.buildArchives)({ datasetSlug: "cfg-archives" })).toMatchObject({ built: 1 });
    const zip = path.join(dataDir, "archives", archiveKeyFor("cfg-archives", studyUid(1)));
    const study = await s.db.study.findFirstOrThrow({ where: { dataset: { slug: "cfg-archives" } } });
    expect(BigInt(fs.statSync(zip).size)).toBe(study.archiveSize);
  });

  it("tells the storefront after a catalogue refresh succeeded, and not after one that failed", async () => {
    await importLabels(s.db, {
      datasetSlug: "cfg-catalogue",
      fileName: "labels.csv",
      open: () => [Buffer.from(labelsCsv(randomStudies(5, 20)))],
      actor: null,
      importedBy: "test",
    });
    notices.length = 0;
    expect(await handler(QUEUES.refreshCatalogue)({ datasetSlug: "cfg-catalogue" })).toMatchObject({ version: 1 });
    expect(notices).toHaveLength(1);
    expect(authorisedRevalidation(notices[0]!, SECRET)).toBe(true);

    await expect(handler(QUEUES.refreshCatalogue)({ datasetSlug: "cfg-missing" })).rejects.toThrow(/no dataset/);
    expect(notices).toHaveLength(1);
  });

  it("sends mail to the dev mailbox when there is no SMTP_URL", async () => {
    await handler(QUEUES.sendMail)({ to: "x@cfg.test", from: "Shop <data@shop.test>", subject: "Hi", text: "Body" });
    const rows = await s.db.mailMessage.findMany({ where: { to: "x@cfg.test" } });
    expect(rows).toMatchObject([{ from: "Shop <data@shop.test>", subject: "Hi", text: "Body" }]);
  });

  it("queues the expiry mail from MAIL_FROM, on the clock it was given", async () => {
    const org = await s.db.organization.create({ data: { name: "Cfg Org" } });
    await s.db.user.create({ data: { email: "member@cfg.test", organizationId: org.id } });
    const licence = (expiresAt: Date, number: string) =>
      createTestLicence(s.db, org.id, number, {
        status: "ACTIVE",
        startsAt: new Date("2025-06-01T00:00:00Z"),
        expiresAt,
      });
    // By the given clock (12:00) one has expired and one has not; by any later wall clock both have.
    await licence(new Date("2026-06-01T11:59:00Z"), "LIC-CFG-1");
    await licence(new Date("2026-06-01T12:01:00Z"), "LIC-CFG-2");
    expect(await handler(QUEUES.expireLicences)({})).toEqual({ notified: 1 });
    const jobs = await s.db.job.findMany({ where: { name: QUEUES.sendMail } });
    expect(jobs.map((j) => JSON.parse(j.data) as Record<string, string>)).toMatchObject([
      { to: "member@cfg.test", from: "Shop <data@shop.test>", subject: "Licence LIC-CFG-1: expired" },
    ]);
  });
});
