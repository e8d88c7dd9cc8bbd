// pickStatisticsFiles and loadStatistics on a scratch database with CSVs in a temp folder: a pack's conditions table
// is imported once (an identical file again adds no StatImport row), a changed one replaces the figures, and a file
// that is not a conditions table, or cannot be read, is rejected with its line and column while the rest go on.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadStatistics, pickStatisticsFiles } from "./load-statistics";
import { scratchWithFolders } from "./test-utils/scratch-folders";

const scratch = scratchWithFolders();

const CSV = "condition,method,studies\nDisc herniation,MRI 1.5T,100\nScoliosis,MRI 3T,30\n";

let n = 0;
async function setup(files: Record<string, string>) {
  const root = scratch.folder("stats-test-", files);
  const slug = `stats-test-${++n}`;
  const dataset = await scratch.db.dataset.create({ data: { slug, title: slug } });
  const opts = { root, datasetId: dataset.id, datasetSlug: slug, importedBy: "importer test" };
  const figures = () =>
    scratch.db.conditionStat.findMany({
      where: { datasetId: dataset.id },
      orderBy: { condition: "asc" },
      select: { condition: true, method: true, studies: true },
    });
  const imports = () => scratch.db.statImport.count({ where: { datasetId: dataset.id } });
  return { root, opts, figures, imports };
}

describe("pickStatisticsFiles", () => {
  it("takes the CSVs named for conditions, wherever they are", () => {
    expect(pickStatisticsFiles(["a.csv", "x/Spine_MRI_Conditions.csv", "conditions.csv"])).toEqual([
      "x/Spine_MRI_Conditions.csv",
      "conditions.csv",
    ]);
  });

  it("else the only CSV at the top of the folder, and nothing when there are several or only deeper ones", () => {
    expect(pickStatisticsFiles(["stats.csv", "ST1/other.csv"])).toEqual(["stats.csv"]);
    expect(pickStatisticsFiles(["a.csv", "b.csv"])).toEqual([]);
    expect(pickStatisticsFiles(["ST1/a.csv"])).toEqual([]);
    expect(pickStatisticsFiles([])).toEqual([]);
  });

  it("looks at the file name only, not the folders above it", () => {
    expect(pickStatisticsFiles(["conditions/a.csv", "b.csv"])).toEqual(["b.csv"]);
  });
});

describe("loadStatistics", () => {
  it("imports a conditions table and records who imported it", async () => {
    const { opts, figures } = await setup({ "conditions.csv": CSV });
    const r = await loadStatistics(scratch.db, { ...opts, files: ["conditions.csv"] });
    expect(r).toEqual({
      outcomes: [{ path: "conditions.csv", status: "imported", rows: 2, totalStudies: 130 }],
      rejected: [],
    });
    expect(await figures()).toEqual([
      { condition: "Disc herniation", method: "MRI 1.5T", studies: 100 },
      { condition: "Scoliosis", method: "MRI 3T", studies: 30 },
    ]);
    const imp = await scratch.db.statImport.findFirstOrThrow({ where: { datasetId: opts.datasetId } });
    expect(imp).toMatchObject({ fileName: "conditions.csv", importedBy: "importer test", rowCount: 2 });
  });

  it("leaves an identical file alone the second time (no new import row), and imports a changed one", async () => {
    const { root, opts, figures, imports } = await setup({ "conditions.csv": CSV });
    await loadStatistics(scratch.db, { ...opts, files: ["conditions.csv"] });
    const again = await loadStatistics(scratch.db, { ...opts, files: ["conditions.csv"] });
    expect(again.outcomes).toEqual([{ path: "conditions.csv", status: "unchanged", rows: 2, totalStudies: 130 }]);
    expect(await imports()).toBe(1);

    fs.writeFileSync(path.join(root, "conditions.csv"), "condition,method,studies\nScoliosis,MRI 3T,31\n");
    const changed = await loadStatistics(scratch.db, { ...opts, files: ["conditions.csv"] });
    expect(changed.outcomes).toEqual([{ path: "conditions.csv", status: "imported", rows: 1, totalStudies: 31 }]);
    expect(await imports()).toBe(2);
    expect(await figures()).toEqual([{ condition: "Scoliosis", method: "MRI 3T", studies: 31 }]);
  });

  it("imports the same content again under another file name", async () => {
    const { opts, imports } = await setup({ "conditions.csv": CSV, "sub/conditions-copy.csv": CSV });
    await loadStatistics(scratch.db, { ...opts, files: ["conditions.csv"] });
    const r = await loadStatistics(scratch.db, { ...opts, files: ["sub/conditions-copy.csv"] });
    expect(r.outcomes[0]!.status).toBe("imported");
    expect(await imports()).toBe(2);
  });

  it("rejects a file that is not a conditions table with its line and column, keeping the figures it had", async () => {
    const { opts, figures } = await setup({
      "conditions.csv": CSV,
      "bad.csv": "condition\nDisc herniation\n",
    });
    await loadStatistics(scratch.db, { ...opts, files: ["conditions.csv"] });
    const before = await figures();
    const r = await loadStatistics(scratch.db, { ...opts, files: ["bad.csv"] });
    expect(r.outcomes).toEqual([]);
    expect(r.rejected).toEqual([
      {
        path: "bad.csv",
        reason:
          "not a conditions table: line 1, column 1: the header has a single column; columns must be separated by commas, semicolons or tabs",
      },
    ]);
    expect(await figures()).toEqual(before);
  });

  it("says 'and more' when the parser stopped counting problems", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `C${i},MRI 3T,lots`).join("\n");
    const { opts } = await setup({ "conditions.csv": `condition,method,studies\n${rows}\n` });
    const r = await loadStatistics(scratch.db, { ...opts, files: ["conditions.csv"] });
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]!.reason).toMatch(/^not a conditions table: line 2, column 3: .*; and more$/);
    // At most 20 problems are listed (MAX_PROBLEMS in lib/dataset/csv/errors.ts).
    expect(r.rejected[0]!.reason.match(/line \d+, column/g)).toHaveLength(20);
  });

  it("rejects a file it cannot read and goes on with the next", async () => {
    const { opts } = await setup({ "conditions.csv": CSV });
    const r = await loadStatistics(scratch.db, { ...opts, files: ["gone.csv", "conditions.csv"] });
    expect(r.rejected).toEqual([{ path: "gone.csv", reason: "file cannot be read (ENOENT)" }]);
    expect(r.outcomes.map((o) => o.status)).toEqual(["imported"]);
  });
});
