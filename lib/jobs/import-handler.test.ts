// The import job's handler bound to a configuration (local storage driver), on a scratch database, a DATA_DIR in a tmp
// folder and a real HTTP server as the web instance: it imports, builds the touched studies' archives only when asked
// and into the configured archive folder, and tells the storefront only after a job that succeeded.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveKeyFor } from "../delivery/build-study-archive";
import { parseEnv } from "../env-schema.mjs";
import { makeFolder, studyUid, tempDir } from "../importer/test-utils/make-folder";
import { authorisedRevalidation, REVALIDATE_PATH } from "../storefront/revalidation";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { configuredImportHandler } from "./import-handler";
import { QUEUES } from "./queues";

const SECRET = "i".repeat(40);
let s: ScratchDb;
let dataDir: string;
let source: string;
let server: http.Server;
let appUrl: string;
const notices: (string | null)[] = [];

beforeAll(async () => {
  s = await createScratchDb();
  dataDir = tempDir();
  source = tempDir();
  makeFolder(source, { studies: [[2], [1]], dicomdir: true });
  server = http.createServer((req, res) => {
    if (req.method === "POST" && req.url === REVALIDATE_PATH) notices.push(req.headers.authorization ?? null);
    req.resume();
    res.writeHead(204).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  await s?.cleanup();
  for (const d of [dataDir, source]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

const importJob = (extra: Record<string, string> = {}) => {
  const e = parseEnv({ DATA_DIR: dataDir, APP_URL: appUrl, AUTH_SECRET: SECRET, ...extra });
  const h = configuredImportHandler(s.db, e, 0)[QUEUES.importFolder]!;
  return (data: unknown) =>
    h(data, { id: "00000000-0000-4000-8000-0000000000a1", name: QUEUES.importFolder, retryCount: 0 });
};
const archiveKeys = async (slug: string) =>
  (await s.db.study.findMany({ where: { dataset: { slug } }, orderBy: { studyInstanceUid: "asc" } })).map(
    (st) => st.archiveKey,
  );

describe("configuredImportHandler", () => {
  it("handles the import queue only", () => {
    expect(Object.keys(configuredImportHandler(s.db, parseEnv({ DATA_DIR: dataDir }), 0))).toEqual([
      QUEUES.importFolder,
    ]);
  });

  it("imports without archives unless asked, and tells the storefront once it is done", async () => {
    notices.length = 0;
    const out = await importJob()({ source, datasetSlug: "imp-plain" });
    expect(out).toMatchObject({ studies: 2, instances: 3 });
    expect(await archiveKeys("imp-plain")).toEqual([null, null]);
    expect(notices).toHaveLength(1);
    expect(authorisedRevalidation(notices[0]!, SECRET)).toBe(true);
  });

  it("with archives: true builds each imported study's archive in the configured archive folder", async () => {
    const archiveDir = path.join(dataDir, "elsewhere");
    await importJob({ ARCHIVE_DIR: archiveDir })({ source, datasetSlug: "imp-archives", archives: true });
    const keys = [1, 2].map((n) => archiveKeyFor("imp-archives", studyUid(n)));
    expect(await archiveKeys("imp-archives")).toEqual(keys);
    for (const k of keys) expect(fs.statSync(path.join(archiveDir, k)).size).toBeGreaterThan(0);
  });

  it("fails the job, telling nobody, when an archive cannot be written or the job is malformed", async () => {
    notices.length = 0;
    // The archive folder would sit under a regular file: every archive write fails.
    const blocker = path.join(dataDir, "not-a-folder");
    fs.writeFileSync(blocker, "");
    const run = importJob({ ARCHIVE_DIR: path.join(blocker, "archives") });
    await expect(run({ source, datasetSlug: "imp-broken", archives: true })).rejects.toThrow(
      new RegExp(`^archives failed: ${studyUid(1).replace(/\./g, "\\.")}: `),
    );
    await expect(run({ datasetSlug: "imp-broken" })).rejects.toThrow("import job: source folder missing");
    expect(notices).toEqual([]);
  });
});
