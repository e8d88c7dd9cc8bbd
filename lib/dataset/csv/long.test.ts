// Rows of a long table read through a given layout: one (condition, method, studies) per row, problems at the row's
// line and the offending column, and no row kept once it has a problem.
import { describe, expect, it } from "vitest";
import { Problems } from "./errors";
import type { LongLayout } from "./layout";
import { readLong } from "./long";

// Columns in an unusual order, so each check also proves the reader uses the layout's indices.
const layout: LongLayout = { format: "long", width: 3, studies: 0, condition: 1, method: 2 };
const rec = (line: number, studies: string, condition: string, method: string) => ({
  line,
  fields: [studies, condition, method],
});

function read(records: ReturnType<typeof rec>[], delimiter: "," | ";" = ",") {
  const p = new Problems();
  const rows = readLong(records, layout, delimiter, p);
  return { rows, problems: p.list.map((x) => [x.line, x.column, x.message]) };
}

describe("readLong", () => {
  it("reads each row through the layout's columns, normalising names and counts", () => {
    const { rows, problems } = read([
      rec(2, "1 204", "  Disc   herniation ", "MRI 1.5T"),
      rec(3, "0", "Stenosis", "CT"),
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { condition: "Disc herniation", method: "MRI 1.5T", studies: 1204 },
      { condition: "Stenosis", method: "CT", studies: 0 },
    ]);
  });

  it("reads thousands by the file's delimiter: dot groups in ; files", () => {
    expect(read([rec(2, "2.400", "A", "M")], ";").rows[0]!.studies).toBe(2400);
    expect(read([rec(2, "2.400", "A", "M")], ",").problems[0]!.slice(0, 2)).toEqual([2, 1]);
  });

  it("spells each name as first seen", () => {
    const { rows, problems } = read([
      rec(2, "1", "Stenosis", "MRI 3T"),
      rec(3, "2", "STENOSIS", "CT"),
      rec(4, "3", "herniation", "mri 3t"),
    ]);
    expect(problems).toEqual([]);
    expect(rows.map((r) => `${r.condition}/${r.method}`)).toEqual([
      "Stenosis/MRI 3T",
      "Stenosis/CT",
      "herniation/MRI 3T",
    ]);
  });

  it("puts problems at the row's line and the condition, method or studies column", () => {
    const { rows, problems } = read([
      rec(5, "x", "A", "M"),
      rec(6, "1", "", "M"),
      rec(7, "1", "A", "Total"),
      rec(8, "1", "B", "M"),
    ]);
    expect(problems.map((q) => q.slice(0, 2))).toEqual([
      [5, 1],
      [6, 2],
      [7, 3],
    ]);
    expect(problems[1]![2]).toBe("empty condition");
    expect(problems[2]![2]).toMatch(/"Total" looks like a summary row/);
    // Only the good row is kept, and a bad row does not stop the reading.
    expect(rows).toEqual([{ condition: "B", method: "M", studies: 1 }]);
  });

  it("lets a row with a bad count still claim its (condition, method) pair", () => {
    expect(read([rec(2, "x", "A", "M"), rec(3, "1", "A", "M")]).problems.map((q) => q.slice(0, 2))).toEqual([
      [2, 1],
      [3, 2],
    ]);
  });

  it("refuses a repeated (condition, method) pair, naming the first line, and keeps the first", () => {
    const { rows, problems } = read([rec(2, "1", "A", "M"), rec(3, "1", "A", "N"), rec(9, "4", " a ", "m")]);
    expect(problems).toEqual([[9, 2, 'duplicate row for "a" / "m" (first on line 2)']]);
    expect(rows.map((r) => r.studies)).toEqual([1, 1]);
  });

  it("skips a row of the wrong width with one problem and reads on", () => {
    const { rows, problems } = read([{ line: 2, fields: ["1", "A"] }, rec(3, "2", "B", "M")]);
    expect(problems).toEqual([[2, 3, "this row has 2 columns but the header has 3: missing values"]]);
    expect(rows).toEqual([{ condition: "B", method: "M", studies: 2 }]);
  });
});
