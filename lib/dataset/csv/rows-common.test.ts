import { describe, expect, it } from "vitest";
import { Problems } from "./errors";
import { checkWidth, fmt, Spellings } from "./rows-common";

describe("checkWidth", () => {
  it("accepts a row as wide as the header", () => {
    const p = new Problems();
    expect(checkWidth({ line: 3, fields: ["a", "1"] }, 2, p)).toBe(true);
    expect(p.count).toBe(0);
  });

  it("points a short row at its first missing column and a long one at its first extra column", () => {
    const p = new Problems();
    expect(checkWidth({ line: 4, fields: ["a"] }, 3, p)).toBe(false);
    expect(checkWidth({ line: 5, fields: ["a", "1", "000", "x"] }, 3, p)).toBe(false);
    expect(p.list).toEqual([
      { line: 4, column: 2, message: "this row has 1 columns but the header has 3: missing values" },
      {
        line: 5,
        column: 4,
        message: "this row has 4 columns but the header has 3: extra values (an unquoted delimiter inside a value?)",
      },
    ]);
  });
});

describe("Spellings", () => {
  it("keeps the first spelling of a name for every later one that differs only in case", () => {
    const s = new Spellings();
    expect(s.canonical("MRI 3T")).toBe("MRI 3T");
    expect(s.canonical("mri 3t")).toBe("MRI 3T");
    expect(s.canonical("MRI 1.5T")).toBe("MRI 1.5T");
  });
});

describe("fmt", () => {
  it("groups thousands for messages", () => {
    expect(fmt(2400000)).toBe("2,400,000");
  });
});
