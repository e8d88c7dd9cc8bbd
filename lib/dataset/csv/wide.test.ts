// Rows of a wide table read through a given layout: one row per (condition, method) cell, a Total column checked per
// row, a Total row checked per column and overall, then both dropped; mismatches only where the sums are sound.
import { describe, expect, it } from "vitest";
import { Problems } from "./errors";
import type { WideLayout } from "./layout";
import { readWide } from "./wide";

// condition, MRI, Total, CT: a total column between two methods.
const layout: WideLayout = {
  format: "wide",
  width: 4,
  methods: [
    { index: 1, name: "MRI" },
    { index: 3, name: "CT" },
  ],
  total: 2,
};
const noTotal: WideLayout = { ...layout, total: null };
const rec = (line: number, ...fields: string[]) => ({ line, fields });

function read(records: ReturnType<typeof rec>[], l: WideLayout = layout, delimiter: "," | ";" = ",") {
  const p = new Problems();
  const rows = readWide(records, l, delimiter, p);
  return { rows, problems: p.list.map((x) => [x.line, x.column, x.message]) };
}

describe("readWide", () => {
  it("turns each condition row into one row per method, taking counts from the methods' columns", () => {
    const { rows, problems } = read([rec(2, "Herniation", "10", "13", "3"), rec(3, " Stenosis ", "0", "2", "2")]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { condition: "Herniation", method: "MRI", studies: 10 },
      { condition: "Herniation", method: "CT", studies: 3 },
      { condition: "Stenosis", method: "MRI", studies: 0 },
      { condition: "Stenosis", method: "CT", studies: 2 },
    ]);
  });

  it("checks a row's total against its cells, at the total column", () => {
    const { rows, problems } = read([rec(2, "A", "1.000", "1.001", "2")], layout, ";");
    expect(problems).toEqual([[2, 3, "row total 1,001 does not match the sum of the row, 1,002"]]);
    expect(rows).toEqual([]);
  });

  it("checks and drops a total row anywhere: per column and the grand total", () => {
    const good = read([rec(2, "Total", "3", "7", "4"), rec(3, "A", "1", "2", "1"), rec(4, "B", "2", "5", "3")]);
    expect(good.problems).toEqual([]);
    expect(good.rows.map((r) => r.condition)).toEqual(["A", "A", "B", "B"]);
    const bad = read([rec(3, "A", "1", "2", "1"), rec(4, "B", "2", "5", "3"), rec(5, "Sum", "4", "8", "4")]);
    expect(bad.problems).toEqual([
      [5, 2, 'total 4 for "MRI" does not match the sum of the column, 3'],
      [5, 3, "grand total 8 does not match the sum of the table, 7"],
    ]);
  });

  it("does not check sums that a bad cell or a short row made unsound", () => {
    // The bad CT cell on line 2 leaves CT's sum unknown: no mismatch for CT or the grand total, MRI still checked.
    const { problems } = read(
      [rec(2, "A", "1", "1", "x"), rec(3, "B", "2", "2", "0"), rec(4, "Total", "9", "99", "99")],
      layout,
    );
    expect(problems.map((q) => q.slice(0, 2))).toEqual([
      [2, 4],
      [4, 2],
    ]);
    const ragged = read([rec(2, "A", "1"), rec(3, "B", "2", "2", "0"), rec(4, "Total", "9", "99", "99")]);
    expect(ragged.problems.map((q) => q.slice(0, 2))).toEqual([[2, 3]]);
  });

  it("refuses a duplicate condition, a second total row and a total row without conditions", () => {
    expect(
      read([rec(2, "A", "1", "1"), rec(3, "a", "1", "1")], {
        ...noTotal,
        width: 3,
        methods: [
          { index: 1, name: "MRI" },
          { index: 2, name: "CT" },
        ],
      }).problems,
    ).toEqual([[3, 1, 'duplicate condition "a" (first on line 2)']]);
    expect(
      read([rec(2, "A", "1", "1", "0"), rec(3, "Total", "1", "1", "0"), rec(4, "total", "1", "1", "0")]).problems,
    ).toEqual([[4, 1, "a second total row (the first is on line 3)"]]);
    expect(read([rec(7, "Total", "1", "1", "0")]).problems).toEqual([
      [7, 1, "the table has a total row but no condition rows"],
    ]);
  });

  it("refuses a bad condition name or count at its cell and keeps the other rows", () => {
    const { rows, problems } = read(
      [rec(2, "", "1", "1", "0"), rec(3, "B", "-1", "0", "0"), rec(4, "C", "1", "1", "0")],
      layout,
    );
    expect(problems.map((q) => q.slice(0, 2))).toEqual([
      [2, 1],
      [3, 2],
    ]);
    expect(problems[1]![2]).toMatch(/^negative count -1/);
    expect(rows.map((r) => r.condition)).toEqual(["C", "C"]);
  });
});
