// catalog:synth: the CSV's per-condition and per-method totals come out exactly; re-runs are safe.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConditionsCsv } from "../dataset/csv";
import { EXAMPLE_STATS_PATH } from "../dataset/example";
import { importStats } from "../dataset/import-stats";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { prismaSink } from "./sinks/prisma-sink";
import { allocate, synthStudies, teslaOf } from "./synth";
import { synthesiseCatalogue } from "./synth-catalogue";
import { loadReconciliation } from "./reconcile";

const example = parseConditionsCsv(fs.readFileSync(path.resolve(__dirname, "../..", EXAMPLE_STATS_PATH))).rows;

describe("synthetic catalogue", () => {
  it("allocates exactly the CSV's cells at the CSV's size, and scales with largest remainders otherwise", () => {
    expect(allocate(example, 2_400_000)).toEqual(example.map((r) => r.studies));
    const small = allocate(example, 1000);
    expect(small.reduce((a, b) => a + b, 0)).toBe(1000);
    small.forEach((n, i) => expect(Math.abs(n - (example[i]!.studies * 1000) / 2_400_000)).toBeLessThan(1));
  });

  it("gives every study its cell's primary condition and method, and a field strength the method states", () => {
    const stats = example.slice(0, 8);
    const cells = allocate(stats, 3000);
    const rows = [...synthStudies({ studies: 3000, seed: "t", stats })];
    expect(rows).toHaveLength(3000);
    stats.forEach((s, i) => {
      const inCell = rows.filter((r) => r.conditions[0] === s.condition && r.method === s.method);
      expect(inCell).toHaveLength(cells[i]!);
      for (const r of inCell) expect(teslaOf(s.method).map((t) => t * 1000)).toContain(r.fieldStrength);
    });
    expect(new Set(rows.map((r) => r.studyInstanceUid)).size).toBe(3000);
    expect([...synthStudies({ studies: 3000, seed: "t", stats })]).toEqual(rows);
  });

  it("reads tesla from method names", () => {
    expect(teslaOf("MRI 3T")).toEqual([3]);
    expect(teslaOf("Low-field MRI 0.3–0.5T")).toEqual([0.3, 0.5]);
    expect(teslaOf("MRI 1,5T with contrast")).toEqual([1.5]);
    expect(teslaOf("MRI")).toEqual([1.5]);
  });
});

describe("synthesiseCatalogue in the database", () => {
  let scratch: ScratchDb;
  beforeAll(async () => {
    scratch = await createScratchDb();
  });
  afterAll(async () => {
    await scratch?.cleanup();
  });

  it("matches the imported statistics in the reconciliation, skips an identical re-run and retires on a new seed", async () => {
    const csv =
      "condition,method,studies\nDisc herniation,MRI 1.5T,120\nDisc herniation,MRI 3T,40\nScoliosis,MRI 1.5T,30\nNo pathology,Low-field MRI 0.3–0.5T,10\n";
    await importStats(scratch.db, { datasetSlug: "synth", fileName: "c.csv", content: csv, importedBy: "test" });
    const stats = parseConditionsCsv(csv).rows;
    const run = (seed: string) =>
      synthesiseCatalogue(scratch.db, {
        datasetSlug: "synth",
        studies: 200,
        seed,
        stats,
        sink: prismaSink(scratch.db),
        batchSize: 64,
      });
    const first = await run("a");
    expect(first).toMatchObject({
      skipped: false,
      latestVersion: 1,
      version: { studies: 200, added: 200, removed: 0 },
    });
    const r = await loadReconciliation(scratch.db, "synth");
    expect(r?.total).toEqual({ name: "Total", csv: 200, catalogue: 200, difference: 0 });
    expect([...r!.conditions, ...r!.methods].every((x) => x.difference === 0)).toBe(true);
    expect(await run("a")).toMatchObject({ skipped: true, latestVersion: 1 });
    expect(await run("b")).toMatchObject({
      skipped: false,
      latestVersion: 2,
      version: { studies: 200, added: 200, removed: 200 },
    });
    expect(await scratch.db.auditEvent.count({ where: { action: "catalogue.synthesised" } })).toBe(2);
  });
});
