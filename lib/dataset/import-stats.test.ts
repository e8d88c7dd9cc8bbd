// importStats and getDatasetStats against a real (scratch) database: SQLite by default, PostgreSQL with
// TEST_DATABASE_URL=postgresql://...
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb } from "../testing/scratch-db";
import { importStats, DATASET_TITLE } from "./import-stats";
import { getDatasetStats } from "./get-dataset-stats";
import { CsvImportError } from "./csv";
import { EXAMPLE_STATS_PATH, EXAMPLE_STATS_SHA256 } from "./example";

type Scratch = Awaited<ReturnType<typeof createScratchDb>>;
let scratch: Scratch;
const db = () => scratch.db;

beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

const example = fs.readFileSync(path.resolve(__dirname, "../..", EXAMPLE_STATS_PATH));
const V1 = "condition,method,studies\nDisc herniation,MRI 1.5T,100\nDisc herniation,MRI 3T,50\nScoliosis,MRI 1.5T,30\n";
const V2 = "Diagnosis;MRI 3T;MRI 1.5T\nSpinal stenosis;1.000;2.000\nScoliosis;5;0\n";

async function figures(slug: string) {
  const rows = await db().conditionStat.findMany({
    where: { dataset: { slug } },
    orderBy: [{ condition: "asc" }, { method: "asc" }],
    select: { condition: true, method: true, studies: true, importId: true },
  });
  const imports = await db().statImport.findMany({ where: { dataset: { slug } }, orderBy: { importedAt: "asc" } });
  return { rows, imports };
}

describe("importStats", () => {
  it("imports the example file: dataset, import record and 48 figures", async () => {
    const r = await importStats(db(), {
      datasetSlug: "t-example",
      fileName: "Spine_MRI_conditions.csv",
      content: example,
      importedBy: "test:alice",
    });
    expect(r).toMatchObject({ format: "wide", rowCount: 48, totalStudies: 2_400_000, sha256: EXAMPLE_STATS_SHA256 });

    const dataset = await db().dataset.findUniqueOrThrow({ where: { slug: "t-example" } });
    expect(dataset.title).toBe(DATASET_TITLE);
    expect(dataset.id).toBe(r.datasetId);

    const { rows, imports } = await figures("t-example");
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({
      id: r.importId,
      fileName: "Spine_MRI_conditions.csv",
      sha256: EXAMPLE_STATS_SHA256,
      format: "wide",
      rowCount: 48,
      totalStudies: 2_400_000,
      importedBy: "test:alice",
    });
    expect(rows).toHaveLength(48);
    expect(rows.every((x) => x.importId === r.importId)).toBe(true);
    expect(rows.reduce((s, x) => s + x.studies, 0)).toBe(2_400_000);
    expect(rows.find((x) => x.condition === "Schmorl's nodes" && x.method === "MRI 3T")?.studies).toBe(25_011);
  });

  it("re-importing replaces the figures, records the new import and keeps the old one as history", async () => {
    const first = await importStats(db(), {
      datasetSlug: "t-reimport",
      fileName: "v1.csv",
      content: V1,
      importedBy: "a",
    });
    const second = await importStats(db(), {
      datasetSlug: "t-reimport",
      fileName: "v2.csv",
      content: Buffer.from(V2),
      importedBy: "b",
    });
    expect(second.datasetId).toBe(first.datasetId);
    expect(second.importId).not.toBe(first.importId);
    expect(second).toMatchObject({ format: "wide", rowCount: 4, totalStudies: 3005 });

    const { rows, imports } = await figures("t-reimport");
    expect(rows).toEqual([
      { condition: "Scoliosis", method: "MRI 1.5T", studies: 0, importId: second.importId },
      { condition: "Scoliosis", method: "MRI 3T", studies: 5, importId: second.importId },
      { condition: "Spinal stenosis", method: "MRI 1.5T", studies: 2000, importId: second.importId },
      { condition: "Spinal stenosis", method: "MRI 3T", studies: 1000, importId: second.importId },
    ]);
    // Both imports are kept (two imports may share a timestamp, so compare without order).
    expect(imports).toHaveLength(2);
    expect(imports.map((i) => [i.id, i.fileName, i.format, i.totalStudies])).toEqual(
      expect.arrayContaining([
        [first.importId, "v1.csv", "long", 180],
        [second.importId, "v2.csv", "wide", 3005],
      ]),
    );
    expect(await db().dataset.count({ where: { slug: "t-reimport" } })).toBe(1);
  });

  it("leaves other datasets' figures alone", async () => {
    const other = await importStats(db(), { datasetSlug: "t-other", fileName: "o.csv", content: V1, importedBy: "a" });
    await importStats(db(), { datasetSlug: "t-other-2", fileName: "o2.csv", content: V2, importedBy: "a" });
    const { rows } = await figures("t-other");
    expect(rows.map((x) => [x.condition, x.method, x.studies, x.importId])).toEqual([
      ["Disc herniation", "MRI 1.5T", 100, other.importId],
      ["Disc herniation", "MRI 3T", 50, other.importId],
      ["Scoliosis", "MRI 1.5T", 30, other.importId],
    ]);
  });

  it("a refused CSV changes nothing: previous figures and import stay in place", async () => {
    const good = await importStats(db(), { datasetSlug: "t-bad", fileName: "good.csv", content: V1, importedBy: "a" });
    const before = await figures("t-bad");

    const bad = "condition,method,studies\nDisc herniation,MRI 1.5T,100\nScoliosis,MRI 3T,12.5\n";
    const error = await importStats(db(), {
      datasetSlug: "t-bad",
      fileName: "bad.csv",
      content: bad,
      importedBy: "b",
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CsvImportError);
    expect([(error as CsvImportError).line, (error as CsvImportError).column]).toEqual([3, 3]);

    const after = await figures("t-bad");
    expect(after).toEqual(before);
    expect(after.imports.map((i) => i.id)).toEqual([good.importId]);
    expect(after.rows).toHaveLength(3);
  });

  it("a refused CSV for a new dataset does not create the dataset", async () => {
    await expect(
      importStats(db(), { datasetSlug: "t-never", fileName: "x.csv", content: "", importedBy: "a" }),
    ).rejects.toBeInstanceOf(CsvImportError);
    expect(await db().dataset.findUnique({ where: { slug: "t-never" } })).toBeNull();
  });

  it("refuses a malformed slug before touching the database", async () => {
    await expect(
      importStats(db(), { datasetSlug: "Bad Slug", fileName: "x.csv", content: V1, importedBy: "a" }),
    ).rejects.toThrow('invalid dataset slug "Bad Slug"');
  });
});

describe("getDatasetStats", () => {
  it("returns null for an unknown dataset and for one without figures", async () => {
    expect(await getDatasetStats(db(), "t-missing")).toBeNull();
    await db().dataset.create({ data: { slug: "t-empty", title: "Empty" } });
    expect(await getDatasetStats(db(), "t-empty")).toBeNull();
  });

  it("aggregates the example import, biggest first, and flags it as illustrative", async () => {
    const r = await importStats(db(), {
      datasetSlug: "t-stats",
      fileName: "Spine_MRI_conditions.csv",
      content: example,
      importedBy: "t",
    });
    const stats = await getDatasetStats(db(), "t-stats");
    expect(stats).not.toBeNull();
    const s = stats!;
    expect(s.dataset).toEqual({ slug: "t-stats", title: DATASET_TITLE });
    expect(s.total).toBe(2_400_000);
    expect(s.rows).toHaveLength(48);
    expect(s.byCondition).toHaveLength(12);
    expect(s.byCondition[0]).toEqual({ name: "Degenerative disc disease", studies: 422_825 });
    expect(s.byCondition.at(-1)).toEqual({ name: "Postoperative changes", studies: 76_109 });
    expect(s.byMethod).toEqual([
      { name: "MRI 1.5T", studies: 1_491_640 },
      { name: "MRI 3T", studies: 530_978 },
      { name: "Low-field MRI 0.3–0.5T", studies: 218_462 },
      { name: "MRI 1.5T with contrast", studies: 158_920 },
    ]);
    expect(s.byCondition.reduce((a, c) => a + c.studies, 0)).toBe(s.total);
    // Rows follow the condition and method order above.
    expect(s.rows.slice(0, 5)).toEqual([
      { condition: "Degenerative disc disease", method: "MRI 1.5T", studies: 267_244 },
      { condition: "Degenerative disc disease", method: "MRI 3T", studies: 92_230 },
      { condition: "Degenerative disc disease", method: "Low-field MRI 0.3–0.5T", studies: 38_287 },
      { condition: "Degenerative disc disease", method: "MRI 1.5T with contrast", studies: 25_064 },
      { condition: "Disc protrusion", method: "MRI 1.5T", studies: 244_330 },
    ]);
    expect(s.source).toMatchObject({
      importId: r.importId,
      fileName: "Spine_MRI_conditions.csv",
      sha256: EXAMPLE_STATS_SHA256,
      format: "wide",
      importedBy: "t",
      illustrative: true,
    });
    expect(s.source.importedAt).toBeInstanceOf(Date);
  });

  it("reports the latest import, not illustrative, after a re-import", async () => {
    await importStats(db(), {
      datasetSlug: "t-stats-2",
      fileName: "Spine_MRI_conditions.csv",
      content: example,
      importedBy: "t",
    });
    const r = await importStats(db(), {
      datasetSlug: "t-stats-2",
      fileName: "vendor.csv",
      content: V1,
      importedBy: "t",
    });
    const s = (await getDatasetStats(db(), "t-stats-2"))!;
    expect(s.source).toMatchObject({
      importId: r.importId,
      fileName: "vendor.csv",
      illustrative: false,
      format: "long",
    });
    expect(s.total).toBe(180);
    expect(s.byCondition).toEqual([
      { name: "Disc herniation", studies: 150 },
      { name: "Scoliosis", studies: 30 },
    ]);
    expect(s.byMethod).toEqual([
      { name: "MRI 1.5T", studies: 130 },
      { name: "MRI 3T", studies: 50 },
    ]);
  });
});
