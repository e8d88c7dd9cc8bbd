import { describe, expect, it } from "vitest";
import { formatDate, formatInt, formatShare } from "./format";

describe("format", () => {
  it("formats integers with en-US grouping", () => {
    expect(formatInt(0)).toBe("0");
    expect(formatInt(1234567)).toBe("1,234,567");
  });

  it("formats a share with one decimal, and a dash when the whole is zero", () => {
    expect(formatShare(1, 3)).toBe("33.3%");
    expect(formatShare(3, 3)).toBe("100.0%");
    expect(formatShare(0, 10)).toBe("0.0%");
    expect(formatShare(5, 0)).toBe("–");
  });

  it("formats a date as its UTC calendar day", () => {
    expect(formatDate(new Date("2026-03-01T23:59:59Z"))).toBe("2026-03-01");
    expect(formatDate(new Date("2026-03-01T00:30:00+02:00"))).toBe("2026-02-28");
  });
});
