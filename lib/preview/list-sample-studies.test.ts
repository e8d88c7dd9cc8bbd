// The /preview catalogue on a scratch database: only published samples, oldest first up to the limit, with planes in
// reading order, counts, the scanner label and a middle image slice as thumbnail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "@/lib/testing/scratch-db";
import { listSampleStudies, orderedPlanes, scannerLabel } from "./list-sample-studies";
import { seedPreviewFixture, type PreviewFixture } from "./test-utils/fixtures";

let scratch: ScratchDb;
let fx: PreviewFixture;
let older: { id: string; thumbnail: string };
let oldest: string;

beforeAll(async () => {
  scratch = await createScratchDb();
  fx = await seedPreviewFixture(scratch.db); // its studies are created now
  const db = scratch.db;
  const dataset = await db.dataset.create({ data: { slug: "list-samples", title: "T" } });
  const study = (uid: string, createdAt: string, extra: object = {}) =>
    db.study.create({
      data: {
        datasetId: dataset.id,
        studyInstanceUid: uid,
        storageRoot: "/srv/s",
        isSample: true,
        published: true,
        createdAt: new Date(createdAt),
        ...extra,
      },
    });
  // Created before the oldest on purpose: the list is ordered by createdAt, not by insertion.
  const b = await study("1.7.2", "2020-01-02T00:00:00Z", { manufacturer: "GE", fieldStrength: 3 });
  oldest = (await study("1.7.1", "2020-01-01T00:00:00Z")).id; // no series at all
  await study("1.7.0", "2019-01-01T00:00:00Z", { published: false }); // the oldest of all, but not published
  // Series 1: two instances without pixels (a localizer's non-image objects); series 2: four images.
  const s1 = await db.series.create({
    data: { studyId: b.id, seriesInstanceUid: "1.7.2.1", seriesNumber: 1, plane: "localizer" },
  });
  const s2 = await db.series.create({
    data: { studyId: b.id, seriesInstanceUid: "1.7.2.2", seriesNumber: 2, plane: "SAGITTAL" },
  });
  const instance = (seriesId: string, n: number, pixels: boolean) =>
    db.instance.create({
      data: {
        seriesId,
        sopInstanceUid: `${seriesId}.${n}`,
        instanceNumber: n,
        transferSyntaxUid: "1.2.840.10008.1.2.1",
        fileKey: `${seriesId}/${n}`,
        sizeBytes: 10,
        sha256: "0".repeat(64),
        ...(pixels ? { rows: 8, columns: 8 } : {}),
      },
    });
  for (const n of [1, 2]) await instance(s1.id, n, false);
  const images: string[] = [];
  for (const n of [4, 1, 3, 2]) images[n] = (await instance(s2.id, n, true)).id;
  older = { id: b.id, thumbnail: images[2]! }; // of 1..4 the middle by floor((4 - 1) / 2): the second, number 2
});
afterAll(async () => {
  fx?.cleanup();
  await scratch?.cleanup();
});

describe("listSampleStudies", () => {
  it("lists only published samples, oldest first", async () => {
    const list = await listSampleStudies(scratch.db);
    expect(list.map((s) => s.id)).toEqual([oldest, older.id, fx.published.studyId]);
  });

  it("stops at the limit", async () => {
    expect((await listSampleStudies(scratch.db, 2)).map((s) => s.id)).toEqual([oldest, older.id]);
  });

  it("summarises each: planes in reading order, series and image counts, scanner, a middle image as thumbnail", async () => {
    const [none, b, fixture] = await listSampleStudies(scratch.db);
    expect(fixture).toMatchObject({
      planes: ["sagittal", "axial"],
      seriesCount: 2,
      imageCount: 5,
      scanner: "Philips Intera 1.5T",
      patientAge: "045Y",
      patientSex: "F",
      // The first series by number is axial with 3 images: the middle one, number 2.
      thumbnailInstanceId: fx.published.axial[1],
    });
    // Instances without pixels count as images of the study but cannot be its thumbnail.
    expect(b).toMatchObject({
      planes: ["SAGITTAL", "localizer"],
      seriesCount: 2,
      imageCount: 6,
      scanner: "GE 3T",
      thumbnailInstanceId: older.thumbnail,
    });
    expect(none).toMatchObject({ planes: [], seriesCount: 0, imageCount: 0, scanner: null, thumbnailInstanceId: null });
  });
});

describe("scannerLabel and orderedPlanes", () => {
  it("joins the scanner parts the study has", () => {
    expect(scannerLabel({ manufacturer: "Philips", model: "Intera", fieldStrength: 1.5 })).toBe("Philips Intera 1.5T");
    expect(scannerLabel({ manufacturer: null, model: "Skyra", fieldStrength: 3 })).toBe("Skyra 3T");
    expect(scannerLabel({ manufacturer: null, model: null, fieldStrength: null })).toBeNull();
  });

  it("lists distinct planes sagittal, axial, coronal, then the rest by name, whatever their case", () => {
    expect(orderedPlanes(["oblique", "axial", null, "sagittal", "axial"])).toEqual(["sagittal", "axial", "oblique"]);
    expect(orderedPlanes(["Coronal", "zeta", "AXIAL", "alpha", "Sagittal"])).toEqual([
      "Sagittal",
      "AXIAL",
      "Coronal",
      "alpha",
      "zeta",
    ]);
  });
});
