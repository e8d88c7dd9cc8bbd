// listKnownConditions against a scratch database seeded through the real statistics importer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importStats } from "../dataset/import-stats";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { listKnownConditions } from "./known-conditions";

let scratch: ScratchDb;

beforeAll(async () => {
  scratch = await createScratchDb();
  // Per condition, summed over methods: Stenosis 40 + 45 = 85, Disc herniation 60 + 20 = 80, Scoliosis 90. A row-wise
  // order (the biggest single figure first) would put Scoliosis, Disc herniation, Stenosis; only sums give the order.
  const csv =
    "condition,method,studies\n" +
    "Disc herniation,MRI 1.5T,60\nDisc herniation,MRI 3T,20\n" +
    "Spinal stenosis,MRI 1.5T,40\nSpinal stenosis,MRI 3T,45\n" +
    "Scoliosis,MRI 1.5T,90\n";
  await importStats(scratch.db, {
    datasetSlug: "kc-main",
    fileName: "a.csv",
    content: Buffer.from(csv),
    importedBy: "t",
  });
  const other = "condition,method,studies\nSpondylolisthesis,MRI 3T,1000\n";
  await importStats(scratch.db, {
    datasetSlug: "kc-other",
    fileName: "b.csv",
    content: Buffer.from(other),
    importedBy: "t",
  });
});
afterAll(async () => {
  await scratch?.cleanup();
});

describe("listKnownConditions", () => {
  it("lists the dataset's conditions by total studies over all methods, largest first", async () => {
    expect(await listKnownConditions(scratch.db, "kc-main")).toEqual([
      "Scoliosis",
      "Spinal stenosis",
      "Disc herniation",
    ]);
  });

  it("lists only the asked dataset's conditions", async () => {
    expect(await listKnownConditions(scratch.db, "kc-other")).toEqual(["Spondylolisthesis"]);
  });

  it("is empty for a dataset that does not exist", async () => {
    expect(await listKnownConditions(scratch.db, "kc-missing")).toEqual([]);
  });
});
