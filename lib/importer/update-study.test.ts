// updateStudy on a scratch database: merging a batch into a study that may already exist. Re-running converges
// without writes, changed and moved files replace their rows, totals come from the rows, only gaps are filled,
// publishing only goes down, a stale archive is dropped, and a failure leaves the study as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { instance, partOf, studyRows, writeContext } from "./test-utils/parts";
import { updateStudy } from "./update-study";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

const NAME = { keyword: "PatientName", tag: "(0010,0010)", path: "(0010,0010)" };

describe("updateStudy", () => {
  it("creates a study that is not there yet, with its series, instances and totals", async () => {
    const ctx = await writeContext(scratch.db, { pdfs: ["ST1/r.pdf"] });
    const w = await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 1), instance(1, 1, 2), instance(1, 2, 1)]));
    expect(w).toMatchObject({ studies: 1, series: 2, instances: 3, problems: [] });
    const [s] = await studyRows(scratch.db, ctx.datasetId);
    expect(w.studyIds).toEqual([s!.id]);
    expect(s).toMatchObject({
      storageRoot: "/import/root",
      seriesCount: 2,
      instanceCount: 3,
      sizeBytes: 400n,
      reportKey: "ST1/r.pdf",
      manufacturer: "ACME",
    });
    expect(s!.series.map((x) => x.instanceCount)).toEqual([2, 1]);
  });

  it("writes nothing when the same batch comes again", async () => {
    const ctx = await writeContext(scratch.db);
    const files = [instance(1, 1, 1), instance(1, 1, 2)];
    await updateStudy(scratch.db, ctx, partOf(files, { jpg: true }));
    const before = await studyRows(scratch.db, ctx.datasetId);
    const w = await updateStudy(scratch.db, ctx, partOf(files, { jpg: true }));
    expect(w).toMatchObject({ studies: 0, series: 0, instances: 0 });
    // updatedAt and every id unchanged: no row was rewritten.
    expect(await studyRows(scratch.db, ctx.datasetId)).toEqual(before);
  });

  it("adds a later batch's files and recounts the study from its rows", async () => {
    const ctx = await writeContext(scratch.db);
    await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 1), instance(1, 1, 2)]));
    const w = await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 3), instance(1, 2, 1)]));
    expect(w).toMatchObject({ studies: 0, series: 1, instances: 2 });
    const [s] = await studyRows(scratch.db, ctx.datasetId);
    expect(s).toMatchObject({ seriesCount: 2, instanceCount: 4, sizeBytes: BigInt(100 + 200 + 300 + 100) });
    expect(s!.series.map((x) => [x.seriesInstanceUid, x.instanceCount])).toEqual([
      ["1.2.3.1.1", 3],
      ["1.2.3.1.2", 1],
    ]);
  });

  it("replaces the row of a file whose content changed, and drops a series a moved file left empty", async () => {
    const ctx = await writeContext(scratch.db);
    await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 1), instance(1, 2, 1)]));
    const changed = instance(1, 1, 1, { sha256: "f".repeat(64), size: 555 });
    // ST1/SE2/IM1 now says it belongs to series 1.
    const moved = instance(1, 2, 1, { meta: { seriesInstanceUid: "1.2.3.1.1" } });
    const w = await updateStudy(scratch.db, ctx, partOf([changed, moved]));
    expect(w).toMatchObject({ series: 0, instances: 2 });
    const [s] = await studyRows(scratch.db, ctx.datasetId);
    expect(s).toMatchObject({ seriesCount: 1, instanceCount: 2, sizeBytes: 655n });
    expect(s!.series.map((x) => x.seriesInstanceUid)).toEqual(["1.2.3.1.1"]);
    expect(s!.series[0]!.instances.map((i) => [i.fileKey, i.sha256])).toEqual([
      ["ST1/SE1/IM1", "f".repeat(64)],
      ["ST1/SE2/IM1", "sha-1-2-1".padEnd(64, "0")],
    ]);
    expect(s!.series[0]!.instanceCount).toBe(2);
  });

  it("fills only the study and series fields that are still empty", async () => {
    const ctx = await writeContext(scratch.db);
    await updateStudy(
      scratch.db,
      ctx,
      partOf([instance(1, 1, 1, { meta: { manufacturer: null, model: "Old", seriesDescription: null } })]),
    );
    await updateStudy(
      scratch.db,
      ctx,
      partOf([instance(1, 1, 2, { meta: { manufacturer: "New", model: "New", seriesDescription: "T1" } })]),
    );
    const [s] = await studyRows(scratch.db, ctx.datasetId);
    expect(s).toMatchObject({ manufacturer: "New", model: "Old" });
    expect(s!.series[0]!.description).toBe("T1");
  });

  it("starts the rows over when the study now lives in another folder", async () => {
    let location = "/old";
    const ctx = await writeContext(scratch.db, { locationFor: () => location });
    await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 1), instance(1, 1, 2), instance(1, 2, 1)]));
    location = "/new";
    const w = await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 1)]));
    expect(w).toMatchObject({ studies: 0, series: 1, instances: 1 });
    const [s] = await studyRows(scratch.db, ctx.datasetId);
    expect(s).toMatchObject({ storageRoot: "/new", seriesCount: 1, instanceCount: 1, sizeBytes: 100n });
  });

  it("unpublishes a published study whose files now show PHI, and clears findings when they are re-checked clean", async () => {
    const ctx = await writeContext(scratch.db, { sample: true });
    await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 1), instance(1, 1, 2)]));
    await scratch.db.study.updateMany({ where: { datasetId: ctx.datasetId }, data: { published: true } });

    await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 2, { phi: [NAME] })]));
    let [s] = await studyRows(scratch.db, ctx.datasetId);
    expect(s!.published).toBe(false);
    expect(JSON.parse(s!.phiFindings!)).toEqual([{ file: "ST1/SE1/IM2", ...NAME }]);

    // IM1 re-checked does not clear IM2's finding; IM2 re-checked clean does. Publishing is publish.ts's job.
    await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 1)]));
    [s] = await studyRows(scratch.db, ctx.datasetId);
    expect(s!.phiFindings).not.toBeNull();
    await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 2)]));
    [s] = await studyRows(scratch.db, ctx.datasetId);
    expect(s).toMatchObject({ phiFindings: null, published: false });
  });

  it("marks a study sample when a sample run touches it, never the other way", async () => {
    const plain = await writeContext(scratch.db);
    await updateStudy(scratch.db, plain, partOf([instance(1, 1, 1)]));
    await updateStudy(scratch.db, { ...plain, sample: true }, partOf([instance(1, 1, 1)]));
    expect((await studyRows(scratch.db, plain.datasetId))[0]!.isSample).toBe(true);
    await updateStudy(scratch.db, plain, partOf([instance(1, 1, 1)]));
    expect((await studyRows(scratch.db, plain.datasetId))[0]!.isSample).toBe(true);
  });

  it("drops the delivery archive when the study's files change, and keeps it when nothing changed", async () => {
    const ctx = await writeContext(scratch.db);
    const { studyIds } = await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 1)]));
    const archive = { archiveKey: "a.zip", archiveSize: 10n, archiveSha256: "0".repeat(64) };
    await scratch.db.study.update({ where: { id: studyIds[0]! }, data: archive });

    await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 1)]));
    expect(await scratch.db.study.findUniqueOrThrow({ where: { id: studyIds[0]! } })).toMatchObject(archive);

    await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 2)]));
    expect(await scratch.db.study.findUniqueOrThrow({ where: { id: studyIds[0]! } })).toMatchObject({
      archiveKey: null,
      archiveSize: null,
      archiveSha256: null,
    });
  });

  it("leaves the study as it was when a row of the batch fails", async () => {
    const ctx = await writeContext(scratch.db);
    await updateStudy(scratch.db, ctx, partOf([instance(1, 1, 1)]));
    const before = await studyRows(scratch.db, ctx.datasetId);
    // A new series whose two files share one key: the series is created, then the instance insert fails.
    const bad = partOf([instance(1, 2, 1), instance(1, 2, 2, { rel: "ST1/SE2/IM1" }), instance(1, 1, 5)]);
    await expect(updateStudy(scratch.db, ctx, bad)).rejects.toThrow();
    expect(await studyRows(scratch.db, ctx.datasetId)).toEqual(before);
  });
});
