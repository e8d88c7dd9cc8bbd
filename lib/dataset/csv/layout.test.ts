// The header row alone: long (condition, method, studies in any order) or wide (condition, then methods, maybe a Total),
// with the column of each part, or null and problems at the header's line and the offending column.
import { describe, expect, it } from "vitest";
import { Problems } from "./errors";
import { readLayout } from "./layout";

const header = (line: number, ...fields: string[]) => ({ line, fields });

function refused(line: number, ...fields: string[]): [number, number, string][] {
  const p = new Problems();
  expect(readLayout(header(line, ...fields), p)).toBeNull();
  expect(p.count).toBeGreaterThan(0);
  return p.list.map((x) => [x.line, x.column, x.message]);
}

describe("readLayout: long tables", () => {
  it("is long when a method column is present, with each role's column, in any order and alias", () => {
    const p = new Problems();
    expect(readLayout(header(1, "Studies", " Diagnosis ", "Method_of_study"), p)).toEqual({
      format: "long",
      width: 3,
      condition: 1,
      method: 2,
      studies: 0,
    });
    expect(p.count).toBe(0);
  });

  it("refuses an unknown or empty column at its position, on the header's line", () => {
    expect(refused(4, "condition", "method", "studies", "notes")).toEqual([
      [4, 4, 'unknown column "notes"; a long table has exactly the columns condition, method and studies'],
    ]);
    expect(refused(2, "condition", "", "method", "studies")[0]!.slice(0, 2)).toEqual([2, 2]);
    expect(refused(2, "condition", "", "method", "studies")[0]![2]).toMatch(/^empty column name/);
  });

  it("refuses a second column of a role, pointing back at the first, and a missing role", () => {
    expect(refused(1, "condition", "method", "count", "studies")).toEqual([
      [1, 4, 'a second studies column "studies" (the first is column 3)'],
    ]);
    expect(refused(3, "method", "studies", "n")[0]!.slice(0, 2)).toEqual([3, 3]);
    const missing = refused(3, "method", "n", "modality");
    expect(missing.map((m) => m[2])).toContain("missing column: condition (or diagnosis, pathology, disease)");
  });
});

describe("readLayout: wide tables", () => {
  it("is wide without a method column: condition first, each other column a method, a Total column noted", () => {
    const p = new Problems();
    expect(readLayout(header(1, "Pathology", "MRI 1.5T", "Total", " MRI  3T "), p)).toEqual({
      format: "wide",
      width: 4,
      methods: [
        { index: 1, name: "MRI 1.5T" },
        { index: 3, name: "MRI 3T" },
      ],
      total: 2,
    });
    expect(p.count).toBe(0);
    expect(readLayout(header(1, "condition", "CT"), p)).toMatchObject({ total: null, methods: [{ index: 1 }] });
  });

  it("refuses a first column that is not the condition, explaining both layouts", () => {
    const [first] = refused(5, "Name", "MRI");
    expect(first!.slice(0, 2)).toEqual([5, 1]);
    expect(first![2]).toMatch(
      /^unknown header "Name": the first column must be the condition .* or the file must be a long/,
    );
  });

  it("refuses count, second condition, duplicate method and second total columns at their column", () => {
    expect(refused(1, "condition", "MRI", "studies")).toEqual([
      [
        1,
        3,
        'unknown header "studies": a count column needs a method (or method of study, modality, sequence, study type) column beside it (long table)',
      ],
    ]);
    expect(refused(1, "condition", "MRI", "diagnosis")[0]!.slice(0, 2)).toEqual([1, 3]);
    expect(refused(1, "condition", "MRI 3T", "mri 3t")).toEqual([
      [1, 3, 'duplicate method column "mri 3t" (also column 2)'],
    ]);
    expect(refused(1, "condition", "Total", "MRI", "Sum")).toEqual([
      [1, 4, 'a second total column "Sum" (the first is column 2)'],
    ]);
  });

  it("refuses a method name a spreadsheet would run, and a table with no method at all", () => {
    expect(refused(1, "condition", "=MRI")[0]!.slice(0, 2)).toEqual([1, 2]);
    expect(refused(1, "condition", "MRI", "")).toEqual([
      [1, 3, "empty column name: each column after the first is a method"],
    ]);
    expect(refused(6, "condition", "Total")).toEqual([
      [6, 2, "no method columns: a wide table has the condition first, then one column per method"],
    ]);
  });

  it("adds nothing to problems already collected when the header is fine, and judges only its own", () => {
    const p = new Problems();
    p.add(1, 1, "an earlier problem");
    expect(readLayout(header(2, "condition", "MRI"), p)).not.toBeNull();
    expect(p.count).toBe(1);
    expect(readLayout(header(2, "Name", "MRI"), p)).toBeNull();
    expect(p.count).toBe(2);
  });
});
