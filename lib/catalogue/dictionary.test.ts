// Label codes: stable, case- and space-insensitive, persisted and reloaded, capped for bit-mask kinds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { assignCode, codeOf, emptyDictionary, loadDictionary, maskOf, saveCodes, type PendingCode } from "./dictionary";

let s: ScratchDb;
let datasetId: string;
beforeAll(async () => {
  s = await createScratchDb();
  datasetId = (await s.db.dataset.create({ data: { slug: "dict-test", title: "T" } })).id;
});
afterAll(() => s?.cleanup());

describe("label dictionary", () => {
  it("gives each new value the next code from 1, the same code to the same value however written", () => {
    const d = emptyDictionary();
    const pending: PendingCode[] = [];
    expect(assignCode(d, "condition", "Disc herniation", pending)).toBe(1);
    expect(assignCode(d, "condition", "Spinal stenosis", pending)).toBe(2);
    expect(assignCode(d, "condition", "  disc   HERNIATION ", pending)).toBe(1);
    // Kinds are numbered separately.
    expect(assignCode(d, "method", "MRI 1.5T", pending)).toBe(1);
    expect(pending).toEqual([
      { kind: "condition", code: 1, value: "Disc herniation" },
      { kind: "condition", code: 2, value: "Spinal stenosis" },
      { kind: "method", code: 1, value: "MRI 1.5T" },
    ]);
    expect(codeOf(d, "condition", "spinal stenosis")).toBe(2);
    expect(codeOf(d, "condition", "Scoliosis")).toBeUndefined();
  });

  it("keeps codes across a save and a reload, and continues numbering after them", async () => {
    const d = emptyDictionary();
    const pending: PendingCode[] = [];
    for (const v of ["A", "B", "C"]) assignCode(d, "sequence", v, pending);
    await saveCodes(s.db, datasetId, pending);
    expect(pending).toEqual([]);
    const again = await loadDictionary(s.db, datasetId);
    expect(again.values.sequence).toEqual(["", "A", "B", "C"]);
    expect(assignCode(again, "sequence", "b", pending)).toBe(2);
    expect(assignCode(again, "sequence", "D", pending)).toBe(4);
  });

  it("refuses a 32nd value of a bit-mask kind, but not of a plain one", () => {
    const d = emptyDictionary();
    const pending: PendingCode[] = [];
    for (let i = 1; i <= 31; i++) assignCode(d, "condition", `c${i}`, pending);
    expect(() => assignCode(d, "condition", "c32", pending)).toThrow(/more than 31 distinct condition values/);
    for (let i = 1; i <= 40; i++) assignCode(d, "manufacturer", `m${i}`, pending);
    expect(codeOf(d, "manufacturer", "m40")).toBe(40);
  });

  it("makes masks with one bit per code", () => {
    expect(maskOf([1, 3])).toBe(0b101);
    expect(maskOf([])).toBe(0);
    expect(maskOf([31])).toBe(1 << 30);
  });
});
