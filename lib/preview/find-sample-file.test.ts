// What the preview file routes may serve, on a scratch database: only files of published samples, keys from the
// rows, a JPG only where the DICOM has pixels, a report only where one was imported; malformed ids never reach a query.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { findSampleInstanceFile, findSampleReport } from "./find-sample-file";

let scratch: ScratchDb;
let datasetId: string;
beforeAll(async () => {
  scratch = await createScratchDb();
  datasetId = (await scratch.db.dataset.create({ data: { slug: "find-sample", title: "T" } })).id;
});
afterAll(async () => {
  await scratch?.cleanup();
});

let n = 0;
async function sample(study: Record<string, unknown>, instance: Record<string, unknown> = {}) {
  n++;
  const s = await scratch.db.study.create({
    data: {
      datasetId,
      studyInstanceUid: `1.5.${n}`,
      storageRoot: `/srv/samples/${n}`,
      isSample: true,
      published: true,
      reportKey: "ST1/report.pdf",
      ...study,
    },
  });
  const se = await scratch.db.series.create({ data: { studyId: s.id, seriesInstanceUid: `1.5.${n}.1` } });
  const i = await scratch.db.instance.create({
    data: {
      seriesId: se.id,
      sopInstanceUid: `1.5.${n}.1.1`,
      transferSyntaxUid: "1.2.840.10008.1.2.1",
      fileKey: "ST1/SE1/IM1",
      rows: 256,
      columns: 256,
      sizeBytes: 4096,
      sha256: "e".repeat(64),
      ...instance,
    },
  });
  return { studyId: s.id, instanceId: i.id, root: `/srv/samples/${n}` };
}

describe("findSampleInstanceFile", () => {
  it("gives the DICOM's storage root, key, hash, size and base name; the JPG comes from the same file", async () => {
    const s = await sample({});
    const want = { storageRoot: s.root, key: "ST1/SE1/IM1", sha256: "e".repeat(64), sizeBytes: 4096, fileName: "IM1" };
    expect(await findSampleInstanceFile(scratch.db, s.instanceId, "dicom")).toEqual(want);
    expect(await findSampleInstanceFile(scratch.db, s.instanceId, "jpg")).toEqual(want);
  });

  it("has no JPG for an instance without pixels", async () => {
    const s = await sample({}, { rows: null, columns: null });
    expect(await findSampleInstanceFile(scratch.db, s.instanceId, "jpg")).toBeNull();
    expect(await findSampleInstanceFile(scratch.db, s.instanceId, "dicom")).not.toBeNull();
  });

  it("finds nothing in an unpublished or non-sample study, for unknown ids, or for malformed ids", async () => {
    for (const over of [{ published: false }, { isSample: false }]) {
      const s = await sample(over);
      expect(await findSampleInstanceFile(scratch.db, s.instanceId, "dicom"), JSON.stringify(over)).toBeNull();
    }
    for (const id of ["", "../x", "a/b", "a".repeat(65), "nope"])
      expect(await findSampleInstanceFile(scratch.db, id, "dicom"), id).toBeNull();
  });
});

describe("findSampleReport", () => {
  it("gives a published sample's report, named by the key's last segment", async () => {
    const s = await sample({ reportKey: "ST1/Reports/Befund 1.pdf" });
    expect(await findSampleReport(scratch.db, s.studyId)).toEqual({
      storageRoot: s.root,
      key: "ST1/Reports/Befund 1.pdf",
      sha256: null,
      sizeBytes: null,
      fileName: "Befund 1.pdf",
    });
  });

  it("finds nothing without a report, outside published samples, or for malformed ids", async () => {
    expect(await findSampleReport(scratch.db, (await sample({ reportKey: null })).studyId)).toBeNull();
    expect(await findSampleReport(scratch.db, (await sample({ published: false })).studyId)).toBeNull();
    expect(await findSampleReport(scratch.db, "../../etc/passwd")).toBeNull();
  });
});
