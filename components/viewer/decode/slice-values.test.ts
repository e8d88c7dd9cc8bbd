import { describe, expect, it } from "vitest";
import type { DisplayParams } from "@/lib/dicom/pixels";
import { isColorSlice, percentileBounds, sliceValues } from "./slice-values";
import { grayRow as frame } from "@/lib/dicom/test-utils/gray-row";

const params = (p: Partial<DisplayParams> = {}): DisplayParams => ({
  rescaleSlope: 1,
  rescaleIntercept: 0,
  windows: [],
  voiFunction: "LINEAR",
  ...p,
});

describe("sliceValues", () => {
  it("prefers the file's window and reports the modality range", () => {
    const v = sliceValues(frame(new Uint16Array([0, 10, 4000])), params({ windows: [{ center: 600, width: 1200 }] }));
    expect(v).toEqual({ defaultWindow: { center: 600, width: 1200 }, range: { min: 0, max: 4000 }, integer: true });
  });

  it("falls back to a percentile window that ignores a few hot pixels", () => {
    const px = new Uint16Array(1000).map((_, i) => i % 100);
    px[0] = 60000; // one hot pixel would make a full-range window nearly black
    const v = sliceValues(frame(px), params());
    expect(v.range.max).toBe(60000);
    expect(v.defaultWindow.center + v.defaultWindow.width / 2).toBeLessThan(200);
  });

  it("applies rescale to signed data and flags fractional rescale as non-integer", () => {
    const v = sliceValues(frame(new Int16Array([-100, 0, 100])), params({ rescaleSlope: 0.5, rescaleIntercept: -10 }));
    expect(v.range).toEqual({ min: -60, max: 40 });
    expect(v.integer).toBe(false);
  });

  it("recognises colour frames", () => {
    expect(isColorSlice(frame(new Uint8Array(3), { samplesPerPixel: 3, photometric: "RGB" }), params())).toBe(true);
    expect(isColorSlice(frame(new Uint8Array(3)), params())).toBe(false);
  });
});

describe("percentileBounds", () => {
  it("handles empty input and strided sampling", () => {
    expect(percentileBounds(new Uint16Array(0))).toEqual({ min: 0, max: 0 });
    const big = new Uint16Array(300_000).map((_, i) => i % 1000);
    const b = percentileBounds(big);
    expect(b.min).toBeLessThan(30);
    expect(b.max).toBeGreaterThan(970);
  });
});
