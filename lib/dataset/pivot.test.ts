import { describe, expect, it } from "vitest";
import { buildPivot, parseSort, sortPivot } from "./pivot";

const rows = [
  { condition: "Disc herniation", method: "Sagittal T2", studies: 300 },
  { condition: "Disc herniation", method: "Axial T2", studies: 200 },
  { condition: "Stenosis", method: "Sagittal T2", studies: 100 },
  { condition: "Normal", method: "Axial T2", studies: 700 },
];

describe("buildPivot", () => {
  it("puts each figure in its cell and totals rows and columns", () => {
    const p = buildPivot(rows);
    expect(p.methods).toEqual(["Sagittal T2", "Axial T2"]);
    expect(p.rows.find((r) => r.condition === "Disc herniation")).toEqual({
      condition: "Disc herniation",
      cells: [300, 200],
      total: 500,
    });
    expect(p.rows.find((r) => r.condition === "Stenosis")?.cells).toEqual([100, 0]);
    expect(p.columnTotals).toEqual([400, 900]);
    expect(p.grandTotal).toBe(1300);
  });
});

describe("sortPivot", () => {
  const p = buildPivot(rows);
  it("sorts by total descending and by name ascending", () => {
    expect(sortPivot(p, "total", "desc").map((r) => r.condition)).toEqual(["Normal", "Disc herniation", "Stenosis"]);
    expect(sortPivot(p, "condition", "asc").map((r) => r.condition)).toEqual(["Disc herniation", "Normal", "Stenosis"]);
  });
  it("sorts by a method column", () => {
    expect(sortPivot(p, "m0", "asc").map((r) => r.condition)).toEqual(["Normal", "Stenosis", "Disc herniation"]);
  });
});

describe("parseSort", () => {
  const p = buildPivot(rows);
  it("accepts known keys and rejects the rest", () => {
    expect(parseSort(p, "m1", "asc")).toEqual({ key: "m1", dir: "asc" });
    expect(parseSort(p, "m2", "asc")).toEqual({ key: "total", dir: "desc" });
    expect(parseSort(p, "condition", undefined)).toEqual({ key: "condition", dir: "asc" });
    expect(parseSort(p, "'; drop", "sideways")).toEqual({ key: "total", dir: "desc" });
  });
});
