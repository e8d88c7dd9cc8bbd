import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { formatMoney, minorToDecimal, parseMoney, toMinor } from "./money";

describe("money", () => {
  it("formats minor units with the currency's symbol and thousands separators", () => {
    expect(formatMoney(123450, "EUR")).toBe("€1,234.50");
    expect(formatMoney(5n, "USD")).toBe("$0.05");
    expect(formatMoney(-100_000_000, "GBP")).toBe("-£1,000,000.00");
    expect(formatMoney(99, "CHF")).toBe("CHF 0.99");
    // Beyond a double's exact range the BigInt path keeps every cent.
    expect(formatMoney(123456789012345678n, "EUR")).toBe("€1,234,567,890,123,456.78");
  });

  it("parses amounts as people type them, without floating point", () => {
    expect(parseMoney("1250")).toBe(125000);
    expect(parseMoney(" 1,250.5 ")).toBe(125050);
    expect(parseMoney("0.07")).toBe(7);
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(parseMoney("0.29")).toBe(29);
    expect(parseMoney("1 000 000.99")).toBe(100000099);
  });

  it("refuses anything else with an error naming the field", () => {
    for (const bad of ["", "-5", "1.234", "1e3", "12,50€", "abc", "1.", ".5", "12345678901234"]) {
      let err: unknown;
      try {
        parseMoney(bad, "unitPrice");
      } catch (e) {
        err = e;
      }
      expect(err, bad).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe("VALIDATION");
      expect(Object.keys((err as AppError).fieldErrors ?? {})).toEqual(["unitPrice"]);
    }
  });

  it("round-trips form defaults", () => {
    for (const minor of [0, 5, 100, 123450, 99_999_999_999]) expect(parseMoney(minorToDecimal(minor))).toBe(minor);
    expect(minorToDecimal(123405)).toBe("1234.05");
  });

  it("takes database amounts only while they are exact", () => {
    expect(toMinor(123n)).toBe(123);
    expect(() => toMinor(2n ** 60n)).toThrow(/out of range/);
    expect(() => toMinor(1.5)).toThrow(/out of range/);
  });
});
