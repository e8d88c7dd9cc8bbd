// Monochrome rendering: the fast LINEAR path equals the standard's formula, the default window spans the frame, MONOCHROME1
// inverts, float frames render per pixel (NaN black), and the LUT cache never serves a table for other settings.
import { describe, expect, it } from "vitest";
import { buildGrayLut, effectiveWindow, modalityRange, renderGray, type GrayOptions } from "./gray";
import { clampByte, packRgb } from "./pack";
import { voiValue } from "./voi";
import { grayRow as frame } from "../test-utils/gray-row";

const gray = (y: number) => packRgb(y, y, y);
const plain = (over: Partial<GrayOptions> = {}): GrayOptions => ({
  modality: { slope: 1, intercept: 0 },
  invert: false,
  ...over,
});

describe("buildGrayLut", () => {
  it("gives the same grey levels on the fast LINEAR path as the standard's formula", () => {
    const opts = plain({ modality: { slope: 2, intercept: -1024 } });
    const window = { center: 40, width: 400 };
    const lut = buildGrayLut(300, 900, opts, window, "LINEAR");
    for (let s = 300; s <= 900; s++) {
      expect(lut[s - 300]).toBe(gray(clampByte(voiValue(s * 2 - 1024, window, "LINEAR"))));
    }
  });

  it("inverts, and builds a new table when only the modality LUT changes", () => {
    const window = { center: 1, width: 3 };
    const a = buildGrayLut(0, 2, plain({ invert: true }), window, "LINEAR_EXACT");
    expect([...a]).toEqual([0, 1, 2].map((s) => gray(255 - clampByte(voiValue(s, window, "LINEAR_EXACT")))));
    const lutA = { firstMapped: 0, data: [0, 1, 2] };
    const lutB = { firstMapped: 0, data: [2, 1, 0] };
    const withA = buildGrayLut(0, 2, plain({ modality: { slope: 1, intercept: 0, lut: lutA } }), window, "LINEAR");
    const withB = buildGrayLut(0, 2, plain({ modality: { slope: 1, intercept: 0, lut: lutB } }), window, "LINEAR");
    expect([...withB]).toEqual([...withA].reverse());
  });
});

describe("effectiveWindow and modalityRange", () => {
  it("uses the given window, LINEAR by default", () => {
    const w = { center: 10, width: 20 };
    expect(effectiveWindow(frame(new Uint16Array([1])), plain({ window: w }))).toEqual({ window: w, fn: "LINEAR" });
  });

  it("spans the frame's modality range, exact for fractional rescales and float data", () => {
    const f = frame(new Int16Array([-10, 5, 30]));
    expect(effectiveWindow(f, plain())).toEqual({ window: { center: 10.5, width: 41 }, fn: "LINEAR" });
    expect(effectiveWindow(f, plain({ modality: { slope: 0.5, intercept: 0 } })).fn).toBe("LINEAR_EXACT");
    expect(effectiveWindow(frame(new Float32Array([0, 1])), plain()).fn).toBe("LINEAR_EXACT");
    expect(modalityRange(0, 10, { slope: -1, intercept: 0 })).toEqual({ min: -10, max: 0 });
    expect(modalityRange(0, 2, { slope: 1, intercept: 0, lut: { firstMapped: 0, data: [5, -3, 9] } })).toEqual({
      min: -3,
      max: 9,
    });
  });
});

describe("renderGray", () => {
  it("renders the frame's darkest sample black and its brightest white by default, MONOCHROME1 reversed", () => {
    const f = frame(new Uint16Array([100, 612, 1123]));
    const out = new Uint32Array(3);
    renderGray(f, plain(), out);
    expect(out[0]).toBe(gray(0));
    expect(out[2]).toBe(gray(255));
    renderGray(f, plain({ invert: true }), out);
    expect(out[0]).toBe(gray(255));
    expect(out[2]).toBe(gray(0));
  });

  it("renders float frames per pixel, NaN as black", () => {
    const out = new Uint32Array(3);
    renderGray(frame(new Float32Array([0, Number.NaN, 1])), plain(), out);
    expect([...out]).toEqual([gray(0), gray(0), gray(255)]);
  });
});
