// The project's own synthetic preview pack (lib/synth), imported as the vendor's sample would be: every image paired
// with its JPG, the PDF attached, the CSV loaded, the study published, a re-run changing nothing.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePack } from "../synth/pack";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { importFolder, type ImportReport } from "./index";
import { tempDir } from "./test-utils/make-folder";

let scratch: ScratchDb;
let root: string;
let first: ImportReport;

beforeAll(async () => {
  scratch = await createScratchDb();
  root = tempDir("synthetic-pack-");
  await generatePack(root, { studies: 1 });
  first = await importFolder(scratch.db, root, { datasetSlug: "t-synth", sample: true, workers: 2 });
}, 180_000);
afterAll(async () => {
  await scratch?.cleanup();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("importing a synthetic pack", () => {
  it("indexes the whole pack with nothing rejected or ignored", () => {
    expect(first).toMatchObject({ studies: 1, rejected: [], unpublished: [], problems: [], ignored: 0 });
    expect(first.instances).toBeGreaterThan(10);
    expect(first.statistics).toEqual([
      expect.objectContaining({ path: "Spine_MRI_conditions.csv", status: "imported" }),
    ]);
    expect(first.labels).toEqual([{ path: "Spine_MRI_labels.csv", status: "imported", rows: 1, version: 1 }]);
  });

  it("pairs every image with its JPG, attaches the report and publishes the study", async () => {
    const study = await scratch.db.study.findFirstOrThrow({
      where: { dataset: { slug: "t-synth" } },
      include: { series: { include: { instances: true } } },
    });
    expect(study).toMatchObject({
      isSample: true,
      published: true,
      reportKey: "Lumbar_Spine_MRI.pdf",
      phiFindings: null,
      instanceCount: first.instances,
    });
    const instances = study.series.flatMap((s) => s.instances);
    expect(instances.every((i) => i.jpgKey === `${i.fileKey}.jpg`)).toBe(true);
    expect(new Set(study.series.map((s) => s.plane))).toEqual(new Set(["sagittal", "axial"]));
  });

  it("re-running writes nothing", async () => {
    const again = await importFolder(scratch.db, root, { datasetSlug: "t-synth", sample: true, workers: 0 });
    expect(again).toMatchObject({
      studies: 1,
      instances: first.instances,
      written: { studies: 0, series: 0, instances: 0 },
    });
    expect(again.statistics[0]?.status).toBe("unchanged");
    expect(again.labels).toEqual([{ path: "Spine_MRI_labels.csv", status: "unchanged", rows: 1, version: 1 }]);
  });
});
