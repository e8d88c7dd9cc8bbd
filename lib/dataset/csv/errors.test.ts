// The problem list: sorted into file order, capped at MAX_PROBLEMS with a note, formatted as file:line:column.
import { describe, expect, it } from "vitest";
import { CsvImportError, MAX_PROBLEMS, Problems, TooManyProblems } from "./errors";

describe("Problems", () => {
  it("collects problems and turns them into one error in file order, the first as line/column/message", () => {
    const p = new Problems();
    p.add(5, 2, "late");
    p.add(2, 3, "early, column 3");
    p.add(2, 1, "early, column 1");
    expect(p.count).toBe(3);
    const e = p.toError();
    expect(e.problems.map((x) => x.message)).toEqual(["early, column 1", "early, column 3", "late"]);
    expect([e.line, e.column, e.message]).toEqual([2, 1, "early, column 1"]);
    expect(e.truncated).toBe(false);
    // The collector's own list is left in the order found.
    expect(p.list[0]?.message).toBe("late");
  });

  it(`throws TooManyProblems on the problem after the ${MAX_PROBLEMS}th and marks the error truncated`, () => {
    const p = new Problems();
    for (let i = 1; i <= MAX_PROBLEMS; i++) p.add(i, 1, `p${i}`);
    expect(() => p.add(99, 1, "one too many")).toThrow(TooManyProblems);
    expect(p.count).toBe(MAX_PROBLEMS);
    const e = p.toError();
    expect(e.truncated).toBe(true);
    expect(e.format("stats.csv").at(-1)).toBe(
      `stats.csv: stopped after ${MAX_PROBLEMS} problems; fix these and try again`,
    );
  });
});

describe("CsvImportError", () => {
  it("formats each problem as file:line:column: message", () => {
    const e = new CsvImportError([
      { line: 3, column: 2, message: "not a number" },
      { line: 4, column: 1, message: "empty name" },
    ]);
    expect(e.format("s.csv")).toEqual(["s.csv:3:2: not a number", "s.csv:4:1: empty name"]);
    expect(e.name).toBe("CsvImportError");
    expect(e).toBeInstanceOf(Error);
  });

  it("still carries a problem when built from none", () => {
    const e = new CsvImportError([]);
    expect(e.problems).toEqual([{ line: 1, column: 1, message: "invalid CSV" }]);
    expect(e.message).toBe("invalid CSV");
  });
});
