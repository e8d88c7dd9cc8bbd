import { describe, expect, it } from "vitest";
import { sampleRange } from "./frame-stats";

describe("sampleRange", () => {
  it("finds min and max, including negatives, skipping NaN", () => {
    expect(sampleRange(new Int16Array([5, -3, 12, 0]))).toEqual({ min: -3, max: 12 });
    expect(sampleRange(new Float32Array([Number.NaN, 2.5, -1, Number.NaN]))).toEqual({ min: -1, max: 2.5 });
  });

  it("is { 0, 0 } for an empty frame or one of NaN only", () => {
    expect(sampleRange(new Uint8Array(0))).toEqual({ min: 0, max: 0 });
    expect(sampleRange(new Float32Array([Number.NaN]))).toEqual({ min: 0, max: 0 });
  });

  it("scans a pixel array once: the range is remembered for that array", () => {
    const px = new Uint16Array([1, 9]);
    const first = sampleRange(px);
    px[1] = 100;
    expect(sampleRange(px)).toBe(first);
    expect(sampleRange(new Uint16Array([1, 100]))).toEqual({ min: 1, max: 100 });
  });
});
