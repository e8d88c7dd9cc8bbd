import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "@/lib/testing/scratch-db";
import { findSampleInstanceFile, findSampleReport } from "./find-sample-file";
import { getSampleStudy } from "./get-sample-study";
import { listSampleStudies, orderedPlanes, scannerLabel } from "./list-sample-studies";
import { seedPreviewFixture, type PreviewFixture } from "./test-utils/fixtures";

let scratch: ScratchDb;
let fx: PreviewFixture;

beforeAll(async () => {
  scratch = await createScratchDb();
  fx = await seedPreviewFixture(scratch.db);
});
afterAll(async () => {
  fx?.cleanup();
  await scratch?.cleanup();
});

describe("listSampleStudies", () => {
  it("lists only published samples, with planes in reading order, counts, scanner and a middle-slice thumbnail", async () => {
    const list = await listSampleStudies(scratch.db);
    expect(list.map((s) => s.id)).toEqual([fx.published.studyId]);
    expect(list[0]).toMatchObject({
      planes: ["sagittal", "axial"],
      seriesCount: 2,
      imageCount: 5,
      scanner: "Philips Intera 1.5T",
      patientAge: "045Y",
    });
    expect(fx.published.axial).toContain(list[0]!.thumbnailInstanceId);
  });
  it("formats scanners and planes", () => {
    expect(scannerLabel({ manufacturer: null, model: null, fieldStrength: null })).toBeNull();
    expect(orderedPlanes(["oblique", "axial", null, "sagittal", "axial"])).toEqual(["sagittal", "axial", "oblique"]);
  });
});

describe("getSampleStudy", () => {
  it("finds a published sample by id or UID, sagittal first, instances by number", async () => {
    const s = await getSampleStudy(scratch.db, fx.published.studyId);
    expect(s?.series.map((x) => x.plane)).toEqual(["sagittal", "axial"]);
    expect(s?.series[1]!.instances.map((i) => i.instanceNumber)).toEqual([1, 2, 3]);
    expect(s?.series[1]!.instances.map((i) => i.id)).toEqual(fx.published.axial);
    expect(s?.hasReport).toBe(true);
    expect((await getSampleStudy(scratch.db, "1.2.3.1"))?.id).toBe(fx.published.studyId);
  });
  it("answers null for unpublished, non-sample and unknown studies", async () => {
    expect(await getSampleStudy(scratch.db, fx.unpublished.studyId)).toBeNull();
    expect(await getSampleStudy(scratch.db, "1.2.3.2")).toBeNull();
    expect(await getSampleStudy(scratch.db, fx.notSample.studyId)).toBeNull();
    expect(await getSampleStudy(scratch.db, "nope")).toBeNull();
    expect(await getSampleStudy(scratch.db, "")).toBeNull();
  });
});

describe("findSampleInstanceFile / findSampleReport", () => {
  it("resolves keys from the database for published samples only", async () => {
    const f = await findSampleInstanceFile(scratch.db, fx.published.sagittal[0]!, "dicom");
    expect(f).toMatchObject({ storageRoot: fx.root, fileName: "IM1" });
    expect(f?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The JPG is rendered from the DICOM file: the vendor's .jpg is never what the route reads.
    expect((await findSampleInstanceFile(scratch.db, fx.published.sagittal[0]!, "jpg"))?.key).toBe(f?.key);
    expect(await findSampleInstanceFile(scratch.db, fx.unpublished.instanceId, "dicom")).toBeNull();
    expect(await findSampleInstanceFile(scratch.db, fx.notSample.instanceId, "jpg")).toBeNull();
    expect(await findSampleInstanceFile(scratch.db, "../../etc/passwd", "dicom")).toBeNull();
    expect((await findSampleReport(scratch.db, fx.published.studyId))?.key).toBe("Lumbar_Spine_MRI.pdf");
    expect(await findSampleReport(scratch.db, fx.unpublished.studyId)).toBeNull();
  });
});
