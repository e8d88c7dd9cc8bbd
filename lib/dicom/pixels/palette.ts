// PALETTE COLOR rendering: stored value -> Red/Green/Blue Palette Color LUTs (8- or 16-bit entries) via one packed LUT.
import { sampleRange } from "./frame-stats";
import { packRgb } from "./pack";
import type { DecodedFrame } from "./types";

/** One channel: Palette Color LUT Descriptor (entries, first stored value mapped, bits per entry) plus its data. */
export interface PaletteChannel {
  firstMapped: number;
  bits: number;
  data: ArrayLike<number>;
}

export interface PaletteLut {
  red: PaletteChannel;
  green: PaletteChannel;
  blue: PaletteChannel;
}

function maxEntry(c: PaletteChannel): number {
  let m = 0;
  for (let i = 0; i < c.data.length; i++) if (c.data[i]! > m) m = c.data[i]!;
  return m;
}

/**
 * Right shift bringing entries to 8 bits: 16-bit entries are >> 8, except when every entry of all three
 * channels is <= 255 (files that declare 16 bits but store 8-bit values), which are used as-is.
 */
export function paletteShift(p: PaletteLut): number {
  const wide = p.red.bits > 8 || p.green.bits > 8 || p.blue.bits > 8;
  if (!wide) return 0;
  return Math.max(maxEntry(p.red), maxEntry(p.green), maxEntry(p.blue)) > 255 ? 8 : 0;
}

function entry(c: PaletteChannel, stored: number, shift: number): number {
  const n = c.data.length;
  const i = stored - c.firstMapped;
  // Values below the first mapped value use the first entry, above the last use the last (C.7.6.3.1.5).
  const v = c.data[i < 0 ? 0 : i >= n ? n - 1 : i]! >> shift;
  return v > 255 ? 255 : v;
}

/** Packed RGBA for stored values min..max (index = stored - min). */
export function buildPaletteLut(p: PaletteLut, min: number, max: number): Uint32Array {
  const shift = paletteShift(p);
  const lut = new Uint32Array(max - min + 1);
  for (let s = min; s <= max; s++)
    lut[s - min] = packRgb(entry(p.red, s, shift), entry(p.green, s, shift), entry(p.blue, s, shift));
  return lut;
}

export function renderPalette(frame: DecodedFrame, palette: PaletteLut, out: Uint32Array): void {
  const px = frame.pixels;
  const { min, max } = sampleRange(px);
  const lut = buildPaletteLut(palette, Math.floor(min), Math.floor(max));
  const n = frame.rows * frame.columns;
  for (let i = 0; i < n; i++) out[i] = lut[px[i]! - min]!;
}
