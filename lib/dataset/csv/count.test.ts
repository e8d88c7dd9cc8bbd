import { describe, expect, it } from "vitest";
import { parseCount } from "./count";

const value = (raw: string, d: "," | ";" | "\t" = ",") => {
  const r = parseCount(raw, d);
  if (!r.ok) throw new Error(`refused ${raw}: ${r.message}`);
  return r.value;
};
const refusal = (raw: string, d: "," | ";" | "\t" = ",") => {
  const r = parseCount(raw, d);
  if (r.ok) throw new Error(`accepted ${raw} as ${r.value}`);
  return r.message;
};

describe("parseCount", () => {
  it.each([
    ["0", ",", 0],
    ["7", ",", 7],
    ["007", ",", 7],
    [" 1234 ", ",", 1234],
    ["1,234", ",", 1234],
    ["1,234,567", ",", 1234567],
    ["1,234", "\t", 1234],
    ["1.234", ";", 1234],
    ["2.400.000", ";", 2400000],
    ["1 234", ",", 1234],
    ["1 234", ";", 1234],
    ["1\u00a0234\u00a0567", ";", 1234567],
    ["1\u202f234", "\t", 1234],
    ["1\u2009234", ",", 1234],
    ["1'234", ",", 1234],
    ["1\u2019234\u2019567", ";", 1234567],
    ["1'234'567", "\t", 1234567],
    ["2147483647", ",", 2147483647],
  ] as const)("reads %j with delimiter %j as %d", (raw, d, expected) => {
    expect(value(raw, d)).toBe(expected);
  });

  it("refuses empty cells, asking for 0", () => {
    expect(refusal("")).toBe("empty count; write 0 when there are no studies");
    expect(refusal("   ")).toBe("empty count; write 0 when there are no studies");
  });

  it("refuses negative counts", () => {
    expect(refusal("-5")).toBe("negative count -5; study counts cannot be negative");
    expect(refusal("\u22121,234")).toMatch(/^negative count/);
  });

  it("refuses decimals, naming the file's decimal mark", () => {
    expect(refusal("12.5", ",")).toBe(
      '"12.5" is not a whole number (in a comma-separated file the dot is a decimal point; write thousands as 1,234 or 1 234)',
    );
    expect(refusal("1,5", ";")).toBe(
      '"1,5" is not a whole number (in a semicolon-separated file the comma is a decimal mark; write thousands as 1.234 or 1 234)',
    );
    expect(refusal("1.234", "\t")).toMatch(/^"1\.234" is not a whole number \(in a tab-separated file the dot/);
    expect(refusal("1.0")).toMatch(/not a whole number/);
    expect(refusal("1,234.00")).toMatch(/not a whole number/);
  });

  it("refuses the other locale's thousands mark, which would be a decimal there", () => {
    expect(refusal("1.234", ",")).toMatch(/^"1\.234" is not a whole number/);
    expect(refusal("1,234", ";")).toMatch(/^"1,234" is not a whole number/);
  });

  it("refuses misplaced or mixed separators", () => {
    for (const raw of ["12,34", "1,2345", "1,,234", "1 23 456", "1 234,567"]) {
      expect(refusal(raw, ",")).toBe(
        `"${raw}" has misplaced thousands separators (use one separator between groups of three digits)`,
      );
    }
    expect(refusal("1 234.567", ";")).toMatch(/misplaced thousands separators/);
  });

  it("refuses words, signs, exponents and hex", () => {
    for (const raw of [",123", "abc", "n/a", "-", "+5", "1e3", "0x10", "5 studies", "½"]) {
      expect(refusal(raw)).toBe(`"${raw}" is not a whole number of studies`);
    }
  });

  it("refuses counts beyond a 32-bit integer (the PostgreSQL column)", () => {
    expect(refusal("2147483648")).toBe("count 2147483648 is too large (at most 2,147,483,647)");
    expect(refusal("3,000,000,000")).toMatch(/too large/);
  });
});
