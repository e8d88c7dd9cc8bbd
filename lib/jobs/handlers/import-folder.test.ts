// The import job's takeover: a run an earlier attempt of the same job left "running" (its worker was SIGKILLed) is
// marked failed when the job is retried, and the retry ends as an uninterrupted run would.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFolder } from "../../importer/import-folder";
import { catalogueSnapshot } from "../../importer/test-utils/snapshot";
import { makeFolder, tempDir } from "../../importer/test-utils/make-folder";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";
import { importFolderHandler } from "./import-folder";

let s: ScratchDb;
let ref: ScratchDb;
const source = tempDir("import-job-");
beforeAll(async () => {
  [s, ref] = await Promise.all([createScratchDb(), createScratchDb()]);
  makeFolder(source, { studies: [[2, 1], [2]], dicomdir: true, pdf: true });
});
afterAll(async () => {
  await Promise.all([s?.cleanup(), ref?.cleanup()]);
  fs.rmSync(source, { recursive: true, force: true });
});

describe("import job", () => {
  it("marks the run a killed attempt left running as failed, and the retry equals an uninterrupted run", async () => {
    const jobId = "00000000-0000-4000-8000-00000000abcd";
    const dataset = await s.db.dataset.create({ data: { slug: "jobs-import", title: "T" } });
    // What a SIGKILL mid-import leaves: a run still "running", for the same job.
    const stale = await s.db.importRun.create({
      data: { datasetId: dataset.id, sourcePath: source, status: "running", jobId },
    });
    const handler = importFolderHandler({ db: s.db, workers: 0, buildArchives: async () => {} });
    const out = await handler(
      { source, datasetSlug: "jobs-import", sample: true },
      { id: jobId, name: "import-folder", retryCount: 1 },
    );

    const runs = await s.db.importRun.findMany({ where: { jobId }, orderBy: { startedAt: "asc" } });
    expect(runs.map((r) => [r.id === stale.id, r.status])).toEqual([
      [true, "failed"],
      [false, "completed"],
    ]);
    expect(JSON.parse(runs[0]!.summary!)).toEqual({ error: "interrupted: the worker stopped; the job was retried" });
    expect(out.runId).toBe(runs[1]!.id);

    await importFolder(ref.db, source, { datasetSlug: "jobs-import", sample: true, workers: 0 });
    expect(await catalogueSnapshot(s.db, "jobs-import")).toEqual(await catalogueSnapshot(ref.db, "jobs-import"));
  });
});
