// The fuzzer must be able to fail: planted faults (an exception, an endless loop, a process exit) are each caught,
// blamed on their case, and the input that triggered them is saved. A small real run must come back clean.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPart10, mrDataset, TS_IMPLICIT_LE } from "@/lib/dicom/test-utils/build-dicom";
import { caseSeed, mutate } from "./mutate";
import { runFuzz } from "./run";

const out = mkdtempSync(path.join(tmpdir(), "fuzz-test-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const text = (s: string) => new TextEncoder().encode(s);

describe("runFuzz", () => {
  it("regenerates the same input for the same case", () => {
    const seeds = [text("condition,method,studies\nA,B,1\n"), text("x;y;z\n")];
    expect(mutate(seeds, caseSeed(7, "csv", 3), true)).toEqual(mutate(seeds, caseSeed(7, "csv", 3), true));
    expect(seeds[0]).toEqual(text("condition,method,studies\nA,B,1\n")); // the seed itself is never edited
  });

  it("catches and saves a planted exception, hang and crash", { timeout: 120_000 }, async () => {
    const seeds = ["BOOM BOOM BOOM BOOM", "HANG HANG HANG HANG", "CRASH CRASH CRASH CRASH"].map(text);
    const report = await runFuzz({
      cases: { dicom: 0, csv: 9 },
      seeds: { dicom: [], csv: seeds },
      runSeed: 3,
      workers: 2,
      timeoutMs: 1500,
      outDir: out,
      selftest: true,
    });
    expect(report.failures.exceptions).toBeGreaterThan(0);
    expect(report.failures.hangs).toBeGreaterThan(0);
    expect(report.failures.crashes).toBeGreaterThan(0);
    const hang = report.failed.find((f) => f.type === "hang")!;
    expect(existsSync(hang.file)).toBe(true);
    expect(readFileSync(hang.file, "latin1")).toContain("HANG".slice(0, 2));
    expect(readFileSync(hang.file.replace(/\.csv$/, ".txt"), "utf8")).toMatch(/^hang in all on csv case \d+/);
    expect(report.failed.find((f) => f.type === "exception")!.error).toContain("planted exception");
    // Every case is accounted for, even the ones whose child was killed.
    expect(new Set(report.failed.map((f) => f.case)).size).toBeLessThanOrEqual(9);
  });

  it("runs real DICOM and CSV inputs through every target without a failure", { timeout: 120_000 }, async () => {
    const dicom = [
      buildPart10(mrDataset()),
      buildPart10(mrDataset({ Rows: 2, Columns: 8 }), { transferSyntaxUid: TS_IMPLICIT_LE }),
    ];
    const csv = [
      text("condition,method,studies\nDisc herniation,MRI 1.5T,1200\n"),
      text('\uFEFFCondition;MRI 1.5T;MRI 3T\nScoliosis;"1 200";3\n'),
    ];
    const report = await runFuzz({
      cases: { dicom: 300, csv: 300 },
      seeds: { dicom, csv },
      runSeed: 1,
      workers: 2,
      timeoutMs: 10_000,
      outDir: out,
    });
    expect(report.failed.map((f) => `${f.type} ${f.target} ${f.kind}#${f.case}: ${f.error}`)).toEqual([]);
    for (const target of ["import", "phi-gate", "viewer-decode", "statistics-csv"]) {
      const o = report.outcomes[target]!;
      expect(o.accepted + o.refused, target).toBe(300);
      expect(o.accepted, `${target} accepts some mutants`).toBeGreaterThan(0);
    }
  });
});
