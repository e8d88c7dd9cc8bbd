import { describe, expect, it } from "vitest";
import { csvCell } from "./csv-cell";

describe("csvCell", () => {
  it("quotes what needs quoting", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", twice')).toBe('"say ""hi"", twice"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(1200)).toBe("1200");
  });

  it("defuses spreadsheet formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\t=1+1")).toBe('"\'\t=1+1"');
  });

  it("quotes a delimiter of any common locale, so a cell never splits into a formula", () => {
    expect(csvCell("Zed;=cmd|' /C calc'!A0")).toBe("\"Zed;=cmd|' /C calc'!A0\"");
    expect(csvCell("Zed\t=cmd")).toBe('"Zed\t=cmd"');
    expect(csvCell("a,b")).toBe('"a,b"');
    // Split on `;` as a semicolon-locale spreadsheet would: the cell stays whole and starts with Z.
    const line = ["ok", csvCell("Zed;=cmd|x")].join(";");
    expect(line).toBe('ok;"Zed;=cmd|x"');
  });
});

describe("csvCell dates", () => {
  it("writes a date as ISO 8601", () => {
    expect(csvCell(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe("2026-01-02T03:04:05.000Z");
  });
});
