// Test helpers: wrap typed arrays as one-row frames and read rendered RGBA back as numbers.
import { expect } from "vitest";
import { renderToRgba, type DisplayOptions } from "./display";
import type { DecodedFrame, PixelArray } from "./types";

export function frame(pixels: PixelArray, extra: Partial<DecodedFrame> = {}): DecodedFrame {
  const spp = extra.samplesPerPixel ?? 1;
  return {
    rows: 1,
    columns: pixels.length / spp,
    samplesPerPixel: spp,
    photometric: "MONOCHROME2",
    bitsAllocated: pixels.BYTES_PER_ELEMENT * 8,
    bitsStored: pixels.BYTES_PER_ELEMENT * 8,
    pixelRepresentation:
      pixels instanceof Int16Array || pixels instanceof Int8Array || pixels instanceof Int32Array ? 1 : 0,
    planarConfiguration: 0,
    pixels,
    ...extra,
  };
}
/** Red channel of every pixel (grey renders R = G = B, checked separately). */
export function grey(f: DecodedFrame, options: DisplayOptions = {}): number[] {
  const rgba = renderToRgba(f, options);
  const out: number[] = [];
  for (let i = 0; i < rgba.length; i += 4) {
    expect([rgba[i + 1], rgba[i + 2], rgba[i + 3]]).toEqual([rgba[i], rgba[i], 255]);
    out.push(rgba[i]!);
  }
  return out;
}
export function pixelsRgb(f: DecodedFrame, options: DisplayOptions = {}): number[][] {
  const rgba = renderToRgba(f, options);
  const out: number[][] = [];
  for (let i = 0; i < rgba.length; i += 4) {
    expect(rgba[i + 3]).toBe(255);
    out.push([rgba[i]!, rgba[i + 1]!, rgba[i + 2]!]);
  }
  return out;
}
