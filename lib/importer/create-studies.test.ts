// createStudies on a scratch database: new studies, their series and instances in one transaction, with totals,
// report and PHI findings taken from the batch; a failure anywhere leaves none of it behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createStudies } from "./create-studies";
import { instance, partsOf, studyRows, writeContext } from "./test-utils/parts";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

describe("createStudies", () => {
  it("writes studies, series and instances with totals from the batch", async () => {
    const ctx = await writeContext(scratch.db, {
      sample: true,
      pdfs: ["ST1/report.pdf"],
      locationFor: (uid) => `/store/${uid}`,
    });
    const files = [instance(1, 1, 1), instance(1, 1, 2), instance(1, 2, 1), instance(2, 1, 1, { size: 7 })];
    const w = await createStudies(scratch.db, ctx, partsOf(files, { jpg: true }));
    expect(w).toMatchObject({ studies: 2, series: 3, instances: 4, problems: [] });
    expect(w.studyIds).toHaveLength(2);

    const [s1, s2] = await studyRows(scratch.db, ctx.datasetId);
    expect(w.studyIds.slice().sort()).toEqual([s1!.id, s2!.id].sort());
    expect(s1).toMatchObject({
      studyInstanceUid: "1.2.3.1",
      storageRoot: "/store/1.2.3.1",
      isSample: true,
      published: false,
      reportKey: "ST1/report.pdf",
      seriesCount: 2,
      instanceCount: 3,
      // 100, 200 (IM1, IM2 of SE1) + 100 (IM1 of SE2)
      sizeBytes: 400n,
      phiFindings: null,
      manufacturer: "ACME",
      fieldStrength: 1.5,
      description: "Lumbar spine",
    });
    expect(s1!.series.map((s) => [s.seriesInstanceUid, s.seriesNumber, s.instanceCount])).toEqual([
      ["1.2.3.1.1", 1, 2],
      ["1.2.3.1.2", 2, 1],
    ]);
    expect(s1!.series[0]!.instances.map((i) => [i.fileKey, i.jpgKey, i.sopInstanceUid])).toEqual([
      ["ST1/SE1/IM1", "ST1/SE1/IM1.jpg", "1.2.3.1.1.1"],
      ["ST1/SE1/IM2", "ST1/SE1/IM2.jpg", "1.2.3.1.1.2"],
    ]);
    // The report sits in ST1/, not above ST2/.
    expect(s2).toMatchObject({ reportKey: null, seriesCount: 1, instanceCount: 1, sizeBytes: 7n });
  });

  it("records PHI findings per file, and a report ambiguity as a problem with no report attached", async () => {
    const ctx = await writeContext(scratch.db, { pdfs: ["a.pdf", "b.pdf"] });
    const name = { keyword: "PatientName", tag: "(0010,0010)", path: "(0010,0010)" };
    const w = await createStudies(scratch.db, ctx, partsOf([instance(1, 1, 2, { phi: [name] }), instance(1, 1, 1)]));
    expect(w.problems).toEqual([
      { path: "a.pdf", problem: "several PDF reports (a.pdf, b.pdf) could belong to study 1.2.3.1; none attached" },
    ]);
    const [s] = await studyRows(scratch.db, ctx.datasetId);
    expect(s!.reportKey).toBeNull();
    expect(JSON.parse(s!.phiFindings!)).toEqual([{ file: "ST1/SE1/IM2", ...name }]);
  });

  it("writes nothing at all when one study already exists (unique violation), so the caller can merge instead", async () => {
    const ctx = await writeContext(scratch.db);
    await createStudies(scratch.db, ctx, partsOf([instance(2, 1, 1)]));
    const before = await studyRows(scratch.db, ctx.datasetId);
    await expect(
      createStudies(scratch.db, ctx, partsOf([instance(1, 1, 1), instance(2, 1, 2), instance(3, 1, 1)])),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(await studyRows(scratch.db, ctx.datasetId)).toEqual(before);
  });

  it("rolls back the studies and series when an instance row fails", async () => {
    const ctx = await writeContext(scratch.db);
    // Two files with the same key in one series break the (seriesId, fileKey) unique index.
    const parts = partsOf([instance(1, 1, 1), instance(1, 1, 2, { rel: "ST1/SE1/IM1" })]);
    await expect(createStudies(scratch.db, ctx, parts)).rejects.toThrow();
    expect(await scratch.db.study.count({ where: { datasetId: ctx.datasetId } })).toBe(0);
    expect(await scratch.db.series.count({ where: { study: { datasetId: ctx.datasetId } } })).toBe(0);
  });
});
