// importFolder against a scratch database (SQLite, or PostgreSQL with TEST_DATABASE_URL): indexing, pairing, storage
// keys, idempotent re-runs, a run killed half-way, and rejected files.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPart10, mrDataset } from "../dicom/test-utils/build-dicom";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { storageForStudy } from "../storage";
import { importFolder, ImportAbortedError, ImportSourceError } from "./index";
import { makeFolder, studyUid, tempDir } from "./test-utils/make-folder";
import { catalogueSnapshot, rawRows } from "./test-utils/snapshot";

let scratch: ScratchDb;
const dirs: string[] = [];
const folder = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

const PACK = { studies: [[3, 2], [2]], dicomdir: true, jpg: true, pdf: true, csv: true };

describe("importFolder", () => {
  it("indexes studies, series and instances, pairs JPGs, attaches the report and loads the CSV", async () => {
    const root = folder();
    const files = makeFolder(root, PACK);
    const r = await importFolder(scratch.db, root, { datasetSlug: "t-basic", workers: 0 });
    expect(r).toMatchObject({
      studies: 2,
      series: 3,
      instances: 7,
      rejected: [],
      unpublished: [],
      problems: [],
      ignored: 0,
    });
    expect(r.written).toEqual({ studies: 2, series: 3, instances: 7 });
    expect(r.statistics).toEqual([
      { path: "Spine_MRI_conditions.csv", status: "imported", rows: 2, totalStudies: 130 },
    ]);

    const study = await scratch.db.study.findFirstOrThrow({
      where: { studyInstanceUid: studyUid(1) },
      include: { series: { include: { instances: true } } },
    });
    expect(study).toMatchObject({
      storageRoot: fs.realpathSync(root),
      reportKey: "Lumbar_Spine_MRI.pdf",
      seriesCount: 2,
      instanceCount: 5,
    });
    expect(study).toMatchObject({
      manufacturer: "Philips Medical Systems",
      model: "Intera",
      fieldStrength: 1.5,
      modality: "MR",
      isSample: false,
      published: false,
    });
    const sizes = files.slice(0, 5).map((f) => fs.statSync(path.join(root, f)).size);
    expect(study.sizeBytes).toBe(BigInt(sizes.reduce((a, b) => a + b, 0)));
    expect(study.series.map((s) => [s.plane, s.description, s.instanceCount]).sort()).toEqual([
      ["axial", "T2 AX", 2],
      ["sagittal", "T2 SAG", 3],
    ]);

    const storage = storageForStudy(study);
    for (const i of study.series.flatMap((s) => s.instances)) {
      expect(i.jpgKey).toBe(`${i.fileKey}.jpg`);
      const bytes = fs.readFileSync(path.join(root, i.fileKey));
      expect(i.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(Buffer.from(await text(await storage.read(i.fileKey)), "latin1").length).toBeGreaterThan(0);
      expect(i).toMatchObject({
        rows: 4,
        columns: 4,
        frames: 1,
        sizeBytes: bytes.length,
        transferSyntaxUid: "1.2.840.10008.1.2.1",
      });
    }
    const run = await scratch.db.importRun.findUniqueOrThrow({ where: { id: r.runId } });
    expect(run.status).toBe("completed");
    expect(JSON.parse(run.summary!)).toMatchObject({ studies: 2, instances: 7 });
  });

  it("re-running the same import writes nothing and duplicates nothing", async () => {
    const root = folder();
    makeFolder(root, { ...PACK, dcm: true });
    await importFolder(scratch.db, root, { datasetSlug: "t-rerun", workers: 0, sample: true });
    const before = await rawRows(scratch.db, "t-rerun");
    const again = await importFolder(scratch.db, root, { datasetSlug: "t-rerun", workers: 2, sample: true });
    expect(again).toMatchObject({
      studies: 2,
      series: 3,
      instances: 7,
      written: { studies: 0, series: 0, instances: 0 },
    });
    expect(again.statistics[0]?.status).toBe("unchanged");
    expect(await rawRows(scratch.db, "t-rerun")).toEqual(before);
  });

  it("a run killed half-way, then re-run, ends in the state of an uninterrupted run", async () => {
    const root = folder();
    makeFolder(root, { studies: [[6, 5], [4]], dicomdir: true, jpg: true, pdf: true, csv: true });
    await importFolder(scratch.db, root, { datasetSlug: "t-whole", workers: 0, sample: true, batchSize: 4 });

    const abort = new AbortController();
    const killed = importFolder(scratch.db, root, {
      datasetSlug: "t-killed",
      workers: 2, // results still arrive in planned order, so the cut is deterministic; the workers must shut down
      sample: true,
      batchSize: 4,
      signal: abort.signal,
      onProgress: (p) => p.done === 9 && abort.abort(),
    });
    await expect(killed).rejects.toThrow(ImportAbortedError);
    const partial = await catalogueSnapshot(scratch.db, "t-killed");
    const partialCount = partial.flatMap((s) => s.series.flatMap((x) => x.instances)).length;
    expect(partialCount).toBe(8); // two flushes of four; the ninth file was pending
    expect(partial.every((s) => !s.published)).toBe(true); // only a completed run publishes
    expect(await scratch.db.importRun.findFirst({ where: { dataset: { slug: "t-killed" } } })).toMatchObject({
      status: "failed",
    });

    const resumed = await importFolder(scratch.db, root, {
      datasetSlug: "t-killed",
      workers: 0,
      sample: true,
      batchSize: 4,
    });
    expect(resumed).toMatchObject({ studies: 2, series: 3, instances: 15 });
    expect(resumed.written.instances).toBe(7);
    const whole = await catalogueSnapshot(scratch.db, "t-whole");
    expect(await catalogueSnapshot(scratch.db, "t-killed")).toEqual(whole);
    expect(whole.every((s) => s.published)).toBe(true);
  });

  it("rejects broken DICOM attempts with a reason, ignores stray files and goes on", async () => {
    const root = folder();
    makeFolder(root, { studies: [[3]], overrides: { "1/1/2": { Rows: 0 } } });
    fs.writeFileSync(path.join(root, "ST000001/SE000001/IM000009"), "this is not an image");
    fs.writeFileSync(path.join(root, ".DS_Store"), "junk");
    fs.writeFileSync(path.join(root, "README.txt"), "hello");
    const r = await importFolder(scratch.db, root, { datasetSlug: "t-reject", workers: 0 });
    expect(r).toMatchObject({ studies: 1, series: 1, instances: 2, ignored: 2 });
    expect(r.rejected).toEqual([
      { path: "ST000001/SE000001/IM000002", reason: "Rows is 0" },
      { path: "ST000001/SE000001/IM000009", reason: expect.stringMatching(/text|DICM|not a DICOM/i) },
    ]);
  });

  it("files without UIDs are indexed under stable generated UIDs", async () => {
    const root = folder();
    fs.writeFileSync(
      path.join(root, "IM1"),
      buildPart10(mrDataset({ StudyInstanceUID: undefined, SeriesInstanceUID: undefined })),
    );
    const first = await importFolder(scratch.db, root, { datasetSlug: "t-nouid", workers: 0 });
    expect(first).toMatchObject({ studies: 1, series: 1, instances: 1, rejected: [] });
    expect(first.problems[0]?.problem).toMatch(/no Study\/Series Instance UID/);
    const again = await importFolder(scratch.db, root, { datasetSlug: "t-nouid", workers: 0 });
    expect(again.written).toEqual({ studies: 0, series: 0, instances: 0 });
    expect(
      (await scratch.db.study.findFirstOrThrow({ where: { dataset: { slug: "t-nouid" } } })).studyInstanceUid,
    ).toMatch(/^2\.25\.\d+$/);
  });

  it("refuses a path that does not exist, before touching the database", async () => {
    await expect(importFolder(scratch.db, "/nonexistent/pack", { datasetSlug: "t-bad" })).rejects.toThrow(
      ImportSourceError,
    );
    expect(await scratch.db.dataset.findUnique({ where: { slug: "t-bad" } })).toBeNull();
  });
});
