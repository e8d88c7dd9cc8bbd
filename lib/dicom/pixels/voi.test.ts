// The Modality LUT and VOI functions against the formulas of PS3.3 C.11.1 and C.11.2.1.2, at their edges.
import { describe, expect, it } from "vitest";
import { applyLutTable, fullRangeWindow, modalityValue, voiValue } from "./voi";

describe("modality", () => {
  it("applies rescale slope and intercept", () => {
    expect(modalityValue(1000, { slope: 1, intercept: -1024 })).toBe(-24);
    expect(modalityValue(10, { slope: 0.5, intercept: 2 })).toBe(7);
  });

  it("uses the LUT instead when there is one, clamping below the first and above the last entry", () => {
    const lut = { firstMapped: 10, data: [100, 200, 300] };
    expect(modalityValue(11, { slope: 99, intercept: 99, lut })).toBe(200);
    expect(applyLutTable(lut, 3)).toBe(100);
    expect(applyLutTable(lut, 50)).toBe(300);
    expect(applyLutTable(lut, 10.6)).toBe(200);
  });
});

describe("voiValue", () => {
  it("LINEAR: the standard's thresholds and the linear ramp between them", () => {
    const w = { center: 40, width: 400 };
    // min when x <= c - 0.5 - (w-1)/2 = -160; max when x > c - 0.5 + (w-1)/2 = 239
    expect(voiValue(-160, w)).toBe(0);
    expect(voiValue(-159.9, w)).toBeGreaterThan(0);
    // The ramp reaches max exactly at the upper threshold, so the function is continuous there.
    expect(voiValue(239, w)).toBeCloseTo(255, 10);
    expect(voiValue(238, w)).toBeLessThan(255);
    expect(voiValue(239.01, w)).toBe(255);
    expect(voiValue(39.5, w)).toBeCloseTo(127.5, 10);
  });

  it("LINEAR_EXACT: the plain ramp over c ± w/2", () => {
    const w = { center: 0, width: 100 };
    expect(voiValue(-50, w, "LINEAR_EXACT")).toBe(0);
    expect(voiValue(0, w, "LINEAR_EXACT")).toBe(127.5);
    expect(voiValue(25, w, "LINEAR_EXACT")).toBe(191.25);
    expect(voiValue(50.001, w, "LINEAR_EXACT")).toBe(255);
  });

  it("treats a LINEAR window narrower than 1 as exact, and a zero width as a threshold", () => {
    expect(voiValue(0.25, { center: 0, width: 0.5 })).toBeCloseTo(255, 10);
    expect(voiValue(0, { center: 0, width: 0.5 })).toBe(127.5);
    expect(voiValue(-1, { center: 0, width: 0 }, "LINEAR_EXACT")).toBe(0);
    expect(voiValue(0, { center: 0, width: 0 }, "LINEAR_EXACT")).toBe(255);
  });

  it("SIGMOID: half at the centre, rising with x", () => {
    const w = { center: 100, width: 50 };
    expect(voiValue(100, w, "SIGMOID")).toBe(127.5);
    expect(voiValue(150, w, "SIGMOID")).toBeCloseTo(255 / (1 + Math.exp(-4)), 10);
    expect(voiValue(50, w, "SIGMOID")).toBeLessThan(voiValue(60, w, "SIGMOID"));
  });
});

describe("fullRangeWindow", () => {
  it("maps an integer range's min to 0 and max to 255 under LINEAR", () => {
    const w = fullRangeWindow(-100, 155);
    expect(voiValue(-100, w)).toBe(0);
    expect(voiValue(155, w)).toBe(255);
    expect(fullRangeWindow(7, 7).width).toBe(1);
  });

  it("maps a non-integer range exactly under LINEAR_EXACT, and never has width zero", () => {
    const w = fullRangeWindow(-0.5, 1.5, false);
    expect(w).toEqual({ center: 0.5, width: 2 });
    expect(voiValue(-0.5, w, "LINEAR_EXACT")).toBe(0);
    expect(voiValue(1.5, w, "LINEAR_EXACT")).toBe(255);
    expect(fullRangeWindow(3, 3, false).width).toBeGreaterThan(0);
  });
});
