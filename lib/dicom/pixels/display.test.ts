// Grey pipeline checked against hand-computed values: rescale, Modality LUT, VOI LINEAR boundaries (PS3.3 C.11.2.1.2), MONOCHROME1, signed data.
import { describe, expect, it } from "vitest";
import { voiValue, type DisplayOptions } from "./display";
import { frame, grey } from "./test-render";

describe("modality LUT + VOI LINEAR window", () => {
  // CT soft tissue window c=40 w=400 on stored values with intercept -1024:
  // x <= 40-0.5-199.5 = -160 -> 0; x > 239 -> 255; else ((x-39.5)/399+0.5)*255.
  const ct = frame(Int16Array.from([864, 865, 1064, 1262, 1263, 1264]));
  const options: DisplayOptions = { rescaleSlope: 1, rescaleIntercept: -1024, window: { center: 40, width: 400 } };

  it("maps boundaries exactly: -160 -> 0, -159 -> 1, 40 -> 128, 238 -> 254, 239 -> 255, 240 -> 255", () => {
    expect(grey(ct, options)).toEqual([0, 1, 128, 254, 255, 255]);
  });

  it("applies slope and intercept before the window (slope 2, intercept -4096)", () => {
    // stored 2023/2048/2073 -> -50/0/50; c=0 w=100: lower -50 -> 0, 0 -> (0.5/99+0.5)*255 = 128.79 -> 129, 50 > 49.5 -> 255.
    expect(
      grey(frame(Uint16Array.from([2023, 2048, 2073])), {
        rescaleSlope: 2,
        rescaleIntercept: -4096,
        window: { center: 0, width: 100 },
      }),
    ).toEqual([0, 129, 255]);
  });

  it("width 1 is a threshold at c - 0.5", () => {
    expect(grey(frame(Uint16Array.from([99, 100])), { window: { center: 100, width: 1 } })).toEqual([0, 255]);
  });

  it("MONOCHROME1 inverts after the window, and a user invert undoes it", () => {
    const m1 = { ...ct, photometric: "MONOCHROME1" };
    expect(grey(m1, options)).toEqual([255, 254, 127, 1, 0, 0]);
    expect(grey(m1, { ...options, invert: true })).toEqual([0, 1, 128, 254, 255, 255]);
  });

  it("Modality LUT Sequence replaces rescale (values past the table clamp to its last entry)", () => {
    const modalityLut = { firstMapped: 0, data: [0, 10, 20, 1000] };
    // c=500 w=1001: ((x-499.5)/1000+0.5)*255 -> 0 -> 0.13 -> 0, 10 -> 2.68 -> 3, 20 -> 5.23 -> 5, 1000 -> 255
    expect(
      grey(frame(Uint16Array.from([0, 1, 2, 3, 7])), {
        modalityLut,
        rescaleSlope: 5,
        window: { center: 500, width: 1001 },
      }),
    ).toEqual([0, 3, 5, 255, 255]);
  });
});

describe("full range and signed data", () => {
  it("no window: min -> 0, max -> 255 (w = max-min+1)", () => {
    // 100..300: c = 200.5, w = 201 -> 200 maps to 127.5 -> 128
    expect(grey(frame(Uint16Array.from([100, 200, 300])))).toEqual([0, 128, 255]);
  });

  it("signed 16-bit full range keeps -1 below 0", () => {
    expect(grey(frame(Int16Array.from([-32768, -1, 0, 32767])))).toEqual([0, 127, 128, 255]);
  });

  it("signed 16-bit with a window around 0", () => {
    // c=0 w=2: x <= -1 -> 0; x > 0 -> 255; x = 0 -> (0.5/1+0.5)*255 = 255
    expect(grey(frame(Int16Array.from([-1000, -1, 0, 5])), { window: { center: 0, width: 2 } })).toEqual([
      0, 0, 255, 255,
    ]);
  });

  it("float data uses LINEAR_EXACT over its range", () => {
    // c = 0.5, w = 1: 0 -> 0, 0.5 -> 127.5 -> 128, 0.75 -> 191.25 -> 191, 1 -> 255
    expect(grey(frame(Float32Array.from([0, 0.5, 0.75, 1])))).toEqual([0, 128, 191, 255]);
  });

  it("32-bit data with a range too wide for a LUT is computed per pixel", () => {
    expect(grey(frame(Uint32Array.from([0, 2_000_000, 4_000_000])))).toEqual([0, 128, 255]);
  });

  it("VOI functions LINEAR_EXACT and SIGMOID", () => {
    expect(voiValue(-50, { center: 0, width: 100 }, "LINEAR_EXACT")).toBe(0);
    expect(voiValue(25, { center: 0, width: 100 }, "LINEAR_EXACT")).toBeCloseTo(191.25, 10);
    expect(voiValue(0, { center: 0, width: 100 }, "SIGMOID")).toBeCloseTo(127.5, 10);
    expect(voiValue(50, { center: 0, width: 100 }, "SIGMOID")).toBeCloseTo(255 / (1 + Math.exp(-2)), 10);
  });
});
