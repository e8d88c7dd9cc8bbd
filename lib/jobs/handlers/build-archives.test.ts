// The archive job's handler on a scratch database and a real imported folder: what it reports, that only `force: true`
// forces a rebuild, that a failed study fails the job (so the queue retries it) with the studies named, and that its
// dependencies are bound when a job runs, not when the handler is made.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArchiveDeps } from "../../delivery/build-study-archive";
import { importFolder } from "../../importer";
import { makeFolder, studyUid, tempDir } from "../../importer/test-utils/make-folder";
import { createLocalStorage } from "../../storage";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";
import { buildArchivesHandler } from "./build-archives";

let scratch: ScratchDb;
let root: string;
let out: string;
let bound = 0;
const deps = (): ArchiveDeps => {
  bound++;
  return {
    db: scratch.db,
    archives: createLocalStorage(out),
    s3: () => {
      throw new Error("no S3 in this test");
    },
  };
};

beforeAll(async () => {
  scratch = await createScratchDb();
  root = tempDir();
  out = tempDir();
  makeFolder(root, { studies: [[1], [1]], jpg: true });
  await importFolder(scratch.db, root, { datasetSlug: "t-job-ok", workers: 0 });
});
afterAll(async () => {
  await scratch?.cleanup();
  for (const d of [root, out]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

describe("buildArchivesHandler", () => {
  it("builds a dataset's archives, then finds them current; only force: true rebuilds", async () => {
    const handler = buildArchivesHandler(deps);
    expect(bound).toBe(0);
    expect(await handler({ datasetSlug: "t-job-ok" })).toMatchObject({ built: 2, current: 0, failed: 0 });
    expect(bound).toBe(1);
    expect(await handler({ datasetSlug: "t-job-ok" })).toMatchObject({ built: 0, current: 2, failed: 0 });
    // Job data is JSON from the queue: a truthy non-boolean is not a request to rebuild everything.
    expect(await handler({ datasetSlug: "t-job-ok", force: "yes" })).toMatchObject({ built: 0, current: 2 });
    expect(await handler({ studyInstanceUid: studyUid(1), force: true })).toMatchObject({ built: 1, current: 0 });
  });

  it("fails the job when a study fails, naming the first five", async () => {
    const dataset = await scratch.db.dataset.create({ data: { slug: "t-job-bad", title: "Bad" } });
    const uids = ["1.9.1", "1.9.2", "1.9.3", "1.9.4", "1.9.5", "1.9.6"];
    for (const uid of uids)
      await scratch.db.study.create({ data: { datasetId: dataset.id, studyInstanceUid: uid, storageRoot: root } });
    const run = buildArchivesHandler(deps)({ datasetSlug: "t-job-bad" });
    const error = await run.then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(/^6 archive\(s\) failed: /);
    // Studies are taken in id order, which need not be UID order: count the named ones, not which.
    const named = uids.filter((u) => error!.includes(`${u}: study ${u} has no files to archive`));
    expect(named).toHaveLength(5);
  });

  it("with no dataset named works every dataset, so one failing dataset fails the job", async () => {
    await expect(buildArchivesHandler(deps)(null)).rejects.toThrow(/^6 archive\(s\) failed/);
    await expect(buildArchivesHandler(deps)({})).rejects.toThrow(/^6 archive\(s\) failed/);
  });
});
