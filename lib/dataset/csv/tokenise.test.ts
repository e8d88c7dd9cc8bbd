// The tokeniser's own contract: which delimiter it picks and why it refuses, and the 1-based line each record starts
// on across blank lines and multi-line quoted fields.
import { describe, expect, it } from "vitest";
import { CsvImportError } from "./errors";
import { detectDelimiter, firstContentLine, readRecords } from "./tokenise";

function refusal(f: () => unknown): CsvImportError {
  try {
    f();
  } catch (e) {
    if (e instanceof CsvImportError) return e;
    throw e;
  }
  throw new Error("expected a CsvImportError");
}

describe("firstContentLine", () => {
  it("is the 1-based line of the first non-blank line, 0 when there is none", () => {
    expect(firstContentLine(["a"])).toBe(1);
    expect(firstContentLine(["", "  ", "\t", "h,1"])).toBe(4);
    expect(firstContentLine(["", " "])).toBe(0);
    expect(firstContentLine([])).toBe(0);
  });
});

describe("detectDelimiter", () => {
  it("picks the delimiter that splits the header into the most fields", () => {
    expect(detectDelimiter("a,b,c\n1,2,3", 1)).toBe(",");
    expect(detectDelimiter("a;b;c\n1;2;3", 1)).toBe(";");
    expect(detectDelimiter("a\tb\n1\t2", 1)).toBe("\t");
    // Commas inside a ;-header do not win when ; splits it into more fields.
    expect(detectDelimiter("Condition;MRI 1,5T;MRI 3T\nx;1;2", 1)).toBe(";");
  });

  it("breaks a tie on the header by the rows that are as wide as it", () => {
    // The header splits into 2 on both "," and ";"; the rows only fit ";".
    expect(detectDelimiter("a,b;c\nx;1\ny;2", 1)).toBe(";");
    expect(detectDelimiter("a,b;c\nx,1\ny,2", 1)).toBe(",");
  });

  it("refuses a single-column header at its line", () => {
    const e = refusal(() => detectDelimiter("condition\nx", 3));
    expect(e.problems).toEqual([
      {
        line: 3,
        column: 1,
        message: "the header has a single column; columns must be separated by commas, semicolons or tabs",
      },
    ]);
  });

  it("refuses a tie the rows cannot break, naming both delimiters", () => {
    const e = refusal(() => detectDelimiter("a,b;c\nx,1;2", 1));
    expect(e.line).toBe(1);
    expect(e.message).toBe(
      "cannot tell the delimiter: the header and rows split into 2 columns on comma and on semicolon; quote the names that contain a delimiter",
    );
  });

  it("refuses a header with bad quoting under every delimiter, at the header's line in the file", () => {
    // The text passed starts at the header, which is line 4 of the file.
    const e = refusal(() => detectDelimiter('"a,b\n1,2', 4));
    expect(e.line).toBe(4);
    expect(e.message).toBe("a quoted field is never closed (missing closing quote)");
  });
});

describe("readRecords", () => {
  it("gives each record the line it starts on, across blank lines and multi-line quoted fields", () => {
    const text = 'h1,h2\n\na,"two\nlines"\n\n\nb,1\n';
    const { records, tokenError } = readRecords(text, ",", text.split("\n"));
    expect(tokenError).toBeUndefined();
    expect(records).toEqual([
      { line: 1, fields: ["h1", "h2"] },
      { line: 3, fields: ["a", "two\nlines"] },
      { line: 7, fields: ["b", "1"] },
    ]);
  });

  it("trims fields and keeps ragged rows as they are (the layout checks their width)", () => {
    const text = " a , b \nc\nd,e,f";
    expect(readRecords(text, ",", text.split("\n")).records.map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["c"],
      ["d", "e", "f"],
    ]);
  });

  it("stops at a quoting error, returning the records before it and the problem at its line", () => {
    const text = 'h,n\na,1\nb,2"x\nc,3';
    const { records, tokenError } = readRecords(text, ",", text.split("\n"));
    expect(records.map((r) => r.line)).toEqual([1, 2]);
    expect(tokenError).toMatchObject({
      line: 3,
      message: "a quote inside an unquoted field; quote the whole field and double the inner quote",
    });
  });

  it("reports an unclosed quote at the line its record starts, not at the end of the file", () => {
    const text = 'h,n\na,"1\nb,2\nc,3';
    const { records, tokenError } = readRecords(text, ",", text.split("\n"));
    expect(records).toHaveLength(1);
    expect(tokenError).toEqual({
      line: 2,
      column: expect.any(Number),
      message: "a quoted field is never closed (missing closing quote)",
    });
  });

  it("names text after a closing quote", () => {
    const text = 'h,n\n"a"x,1';
    expect(readRecords(text, ",", text.split("\n")).tokenError).toMatchObject({
      line: 2,
      message: 'unexpected character after a closing quote (write a quote inside a quoted field as "")',
    });
  });
});
