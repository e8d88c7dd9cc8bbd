// One published sample study for the viewer, on a scratch database: found by id or UID, nothing outside published
// samples, series and instances in viewing order, and nothing that identifies where or what the files are.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "@/lib/testing/scratch-db";
import { compareInstances, getSampleStudy, type ViewerInstance } from "./get-sample-study";
import { seedPreviewFixture, type PreviewFixture } from "./test-utils/fixtures";

let scratch: ScratchDb;
let fx: PreviewFixture;
let study: { id: string; series: Record<string, string>; instances: Record<string, string> };
const ROOT = "/srv/secret-root/vendor-pack";
const UID = "1.8.1";

beforeAll(async () => {
  scratch = await createScratchDb();
  fx = await seedPreviewFixture(scratch.db);
  const db = scratch.db;
  const dataset = await db.dataset.create({ data: { slug: "get-sample", title: "T" } });
  const s = await db.study.create({
    data: { datasetId: dataset.id, studyInstanceUid: UID, storageRoot: ROOT, isSample: true, published: true },
  });
  const series: Record<string, string> = {};
  const instances: Record<string, string> = {};
  // Series in no useful order of creation; "empty" has no instances.
  for (const [name, number, plane] of [
    ["coronal", 5, "coronal"],
    ["axial4", 4, "axial"],
    ["other", 1, null],
    ["empty", 0, "sagittal"],
    ["axial3", 3, "axial"],
    ["sagittal", 2, "Sagittal"],
  ] as const) {
    const se = await db.series.create({
      data: { studyId: s.id, seriesInstanceUid: `${UID}.${number}`, seriesNumber: number, plane, description: name },
    });
    series[name] = se.id;
  }
  const instance = async (name: string, seriesName: string, n: number | null, slice: number | null, pixels = true) => {
    const i = await db.instance.create({
      data: {
        seriesId: series[seriesName]!,
        sopInstanceUid: `${UID}.9.${name}`,
        instanceNumber: n,
        sliceLocation: slice,
        transferSyntaxUid: "1.2.840.10008.1.2.1",
        fileKey: `SECRET/${name}`,
        sizeBytes: 100,
        sha256: "0".repeat(64),
        ...(pixels ? { rows: 16, columns: 16 } : {}),
      },
    });
    instances[name] = i.id;
  };
  for (const name of ["coronal", "axial4", "other", "axial3"]) await instance(name, name, 1, null);
  // The sagittal series: numbers 2, none, 1 at slice 8, 1 at slice 4; the one without a number has no pixels.
  await instance("sag-2", "sagittal", 2, 0);
  await instance("sag-none", "sagittal", null, 0, false);
  await instance("sag-1-at-8", "sagittal", 1, 8);
  await instance("sag-1-at-4", "sagittal", 1, 4);
  study = { id: s.id, series, instances };
});
afterAll(async () => {
  fx?.cleanup();
  await scratch?.cleanup();
});

describe("getSampleStudy", () => {
  it("finds a published sample by id or by Study Instance UID", async () => {
    expect((await getSampleStudy(scratch.db, fx.published.studyId))?.id).toBe(fx.published.studyId);
    expect((await getSampleStudy(scratch.db, "1.2.3.1"))?.id).toBe(fx.published.studyId);
    expect((await getSampleStudy(scratch.db, UID))?.id).toBe(study.id);
  });

  it("answers null for unpublished, non-sample, unknown, empty and over-long keys", async () => {
    expect(await getSampleStudy(scratch.db, fx.unpublished.studyId)).toBeNull();
    expect(await getSampleStudy(scratch.db, "1.2.3.2")).toBeNull();
    expect(await getSampleStudy(scratch.db, fx.notSample.studyId)).toBeNull();
    expect(await getSampleStudy(scratch.db, "nope")).toBeNull();
    expect(await getSampleStudy(scratch.db, "")).toBeNull();
    // A 129-character UID of a published sample is not looked up; 128 characters are.
    const dataset = await scratch.db.dataset.findUniqueOrThrow({ where: { slug: "get-sample" } });
    for (const len of [128, 129]) {
      const uid = `1.${"9".repeat(len - 2)}`;
      await scratch.db.study.create({
        data: { datasetId: dataset.id, studyInstanceUid: uid, storageRoot: ROOT, isSample: true, published: true },
      });
      expect(await getSampleStudy(scratch.db, uid), `${len} characters`).toEqual(
        len === 128 ? expect.anything() : null,
      );
    }
  });

  it("orders series sagittal, axial, coronal, then the rest, by series number within each; drops empty series", async () => {
    const s = (await getSampleStudy(scratch.db, study.id))!;
    expect(s.series.map((x) => x.id)).toEqual(
      ["sagittal", "axial3", "axial4", "coronal", "other"].map((n) => study.series[n]),
    );
    expect(s.planes).toEqual(["Sagittal", "axial", "coronal"]);
  });

  it("orders instances by number, then slice location, unnumbered last; a JPG only where there are pixels", async () => {
    const sag = (await getSampleStudy(scratch.db, study.id))!.series[0]!;
    expect(sag.instances.map((i) => i.id)).toEqual(
      ["sag-1-at-4", "sag-1-at-8", "sag-2", "sag-none"].map((n) => study.instances[n]),
    );
    expect(sag.instances.map((i) => i.hasJpg)).toEqual([true, true, true, false]);
  });

  it("says whether there is a report, and carries nothing that locates or identifies the files", async () => {
    expect((await getSampleStudy(scratch.db, fx.published.studyId))?.hasReport).toBe(true);
    const s = (await getSampleStudy(scratch.db, study.id))!;
    expect(s.hasReport).toBe(false);
    const json = JSON.stringify(s);
    expect(json).not.toContain(ROOT);
    expect(json).not.toContain("SECRET/");
    expect(json).not.toContain(`${UID}.9.`); // SOP Instance UIDs
    expect(Object.keys(s).sort()).toEqual(
      ["id", "description", "scanner", "bodyPart", "patientAge", "patientSex", "planes", "hasReport", "series"].sort(),
    );
    expect(Object.keys(s.series[0]!.instances[0]!).sort()).toEqual(
      ["id", "instanceNumber", "sliceLocation", "rows", "columns", "frames", "hasJpg", "sizeBytes"].sort(),
    );
  });
});

describe("compareInstances", () => {
  const i = (id: string, instanceNumber: number | null, sliceLocation: number | null): ViewerInstance => ({
    id,
    instanceNumber,
    sliceLocation,
    rows: 1,
    columns: 1,
    frames: 1,
    hasJpg: true,
    sizeBytes: 1,
  });
  it("breaks ties by slice location, then by id", () => {
    const sorted = [i("d", null, null), i("c", 2, 1), i("b", 2, 1), i("a", 2, -3), i("e", 1, 9)].sort(compareInstances);
    expect(sorted.map((x) => x.id)).toEqual(["e", "a", "b", "c", "d"]);
  });
});
