import { describe, expect, it } from "vitest";
import { zLookup } from "./z-lookup";

describe("zLookup", () => {
  // Points ordered by decreasing z.
  const f = zLookup([100, 50, 0], [10, 20, 0]);

  it("passes through the points and interpolates linearly between them (0.5 mm table)", () => {
    expect(f(100)).toBe(10);
    expect(f(50)).toBe(20);
    expect(f(0)).toBe(0);
    expect(f(75)).toBeCloseTo(15, 10);
    expect(f(25)).toBeCloseTo(10, 10);
  });

  it("rounds z to the nearest half millimetre", () => {
    expect(f(75.2)).toBeCloseTo(f(75), 10);
    expect(f(74.8)).toBeCloseTo(f(75), 10);
  });

  it("clamps above the first and below the last point", () => {
    expect(f(500)).toBe(10);
    expect(f(-500)).toBe(0);
  });
});
