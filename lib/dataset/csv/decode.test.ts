// Bytes to text for the CSV parser: UTF-8 only (BOM dropped), line endings unified so line numbers are exact.
import { describe, expect, it } from "vitest";
import { decodeCsv } from "./decode";
import { CsvImportError } from "./errors";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

function problemOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CsvImportError);
    return (e as CsvImportError).problems;
  }
  throw new Error("expected a CsvImportError");
}

describe("decodeCsv", () => {
  it("decodes UTF-8 bytes and drops a BOM, from bytes and from a string", () => {
    expect(decodeCsv(bytes([0xef, 0xbb, 0xbf], "Zustand;Anzahl\nSpondylolisthese;1"))).toBe(
      "Zustand;Anzahl\nSpondylolisthese;1",
    );
    expect(decodeCsv("\uFEFFa,b")).toBe("a,b");
    expect(decodeCsv(bytes("Ödem,Größe"))).toBe("Ödem,Größe");
  });

  it("turns CRLF and lone CR into LF, so each line keeps its number", () => {
    expect(decodeCsv("a\r\nb\rc\n\r\nd")).toBe("a\nb\nc\n\nd");
  });

  it("refuses UTF-16 in either byte order, at line 1", () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      expect(problemOf(() => decodeCsv(bytes(bom, "a")))).toEqual([
        { line: 1, column: 1, message: "the file is UTF-16; save it as UTF-8 (CSV UTF-8)" },
      ]);
    }
  });

  it("refuses invalid UTF-8 at the line holding the first bad byte, counting any line ending", () => {
    // Latin-1 "é" (0xE9) on the third line; the first break is CRLF, the second a lone CR.
    expect(problemOf(() => decodeCsv(bytes("a,b\r\nc,1\rcaf", [0xe9], ",2\n")))).toEqual([
      { line: 3, column: 1, message: "invalid UTF-8 on this line; save the file as UTF-8 (CSV UTF-8)" },
    ]);
    expect(problemOf(() => decodeCsv(bytes([0xc3], "x")))[0]?.line).toBe(1);
  });
});
