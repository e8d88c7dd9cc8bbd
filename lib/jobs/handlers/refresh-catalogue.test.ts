// The catalogue refresh job on a real scratch database: rebuilds the pre-aggregate of the latest (or given) version,
// is harmless to rerun, and refuses bad data clearly without touching anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importLabels } from "../../catalogue/import-labels";
import { labelsCsv, randomStudies } from "../../catalogue/test-utils/catalogue";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";
import { refreshCatalogueHandler } from "./refresh-catalogue";

let scratch: ScratchDb;
let datasetId: string;
beforeAll(async () => {
  scratch = await createScratchDb();
  const imported = await importLabels(scratch.db, {
    datasetSlug: "refresh-job",
    fileName: "labels.csv",
    open: () => [Buffer.from(labelsCsv(randomStudies(3, 60)))],
    actor: null,
    importedBy: "test",
  });
  datasetId = imported.datasetId;
});
afterAll(async () => {
  await scratch?.cleanup();
});

const combos = () =>
  scratch.db.catalogueCombo.aggregate({ where: { datasetId }, _sum: { studies: true }, _count: true });

describe("refresh-catalogue job", () => {
  it("rebuilds a lost pre-aggregate for the latest version, and a rerun changes nothing", async () => {
    const before = await combos();
    expect(before._sum.studies).toBe(60);
    await scratch.db.catalogueCombo.deleteMany({ where: { datasetId } });
    const run = refreshCatalogueHandler(scratch.db);
    expect(await run({ datasetSlug: "refresh-job" })).toEqual({ version: 1, combos: before._count });
    expect(await combos()).toEqual(before);
    expect(await run({ datasetSlug: "refresh-job" })).toEqual({ version: 1, combos: before._count });
    expect(await combos()).toEqual(before);
  });

  it("builds for an explicit version (0: nothing for sale yet, so no combinations)", async () => {
    const run = refreshCatalogueHandler(scratch.db);
    expect(await run({ datasetSlug: "refresh-job", version: 0 })).toEqual({ version: 0, combos: 0 });
    await run({ datasetSlug: "refresh-job" });
    expect((await combos())._sum.studies).toBe(60);
  });

  it("refuses data without a slug, or naming no dataset, leaving the pre-aggregate alone", async () => {
    const before = await combos();
    const run = refreshCatalogueHandler(scratch.db);
    await expect(run(null)).rejects.toThrow("catalogue job: datasetSlug missing");
    await expect(run({ datasetSlug: 7 })).rejects.toThrow("datasetSlug missing");
    await expect(run({ datasetSlug: "nope" })).rejects.toThrow(`catalogue job: no dataset "nope"`);
    expect(await combos()).toEqual(before);
  });
});
