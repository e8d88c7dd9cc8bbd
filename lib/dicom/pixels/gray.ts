// Monochrome rendering: modality LUT -> VOI -> optional inversion, through a lookup table over the frame's stored-value range.
import { sampleRange } from "./frame-stats";
import { clampByte, packRgb } from "./pack";
import type { DecodedFrame } from "./types";
import { fullRangeWindow, modalityValue, voiValue, type ModalityTransform, type VoiFunction, type Window } from "./voi";

export interface GrayOptions {
  modality: ModalityTransform;
  /** In modality units (after rescale); undefined = full range of this frame. */
  window?: Window;
  voiFunction?: VoiFunction;
  /** Final inversion: true for MONOCHROME1 (unless the user inverts it back). */
  invert: boolean;
}

/** Largest stored-value range rendered through a LUT; wider integer ranges (32-bit) are computed per pixel. */
const MAX_LUT_SIZE = 1 << 20;

function isIntegerTransform(m: ModalityTransform): boolean {
  if (m.lut) return true;
  return Number.isInteger(m.slope) && Number.isInteger(m.intercept);
}

/** Min/max modality value over stored values min..max. */
export function modalityRange(min: number, max: number, m: ModalityTransform): { min: number; max: number } {
  if (!m.lut) {
    const a = modalityValue(min, m),
      b = modalityValue(max, m);
    return { min: Math.min(a, b), max: Math.max(a, b) };
  }
  let lo = Infinity,
    hi = -Infinity;
  for (let s = min; s <= max && s - min < MAX_LUT_SIZE; s++) {
    const v = modalityValue(s, m);
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return { min: lo, max: hi };
}

/** The window and VOI function actually applied to `frame` (explicit, or full range). */
export function effectiveWindow(frame: DecodedFrame, opts: GrayOptions): { window: Window; fn: VoiFunction } {
  if (opts.window) return { window: opts.window, fn: opts.voiFunction ?? "LINEAR" };
  const { min, max } = sampleRange(frame.pixels);
  const range = modalityRange(min, max, opts.modality);
  const integer = !(frame.pixels instanceof Float32Array) && isIntegerTransform(opts.modality);
  return { window: fullRangeWindow(range.min, range.max, integer), fn: integer ? "LINEAR" : "LINEAR_EXACT" };
}

let lastKey = "";
let lastLut: Uint32Array | undefined;
let lastModalityLut: unknown;

/** Packed-RGBA LUT indexed by (stored - min). */
export function buildGrayLut(
  min: number,
  max: number,
  opts: GrayOptions,
  window: Window,
  fn: VoiFunction,
): Uint32Array {
  const key = `${min}|${max}|${opts.modality.slope}|${opts.modality.intercept}|${window.center}|${window.width}|${fn}|${opts.invert}`;
  if (key === lastKey && lastLut && lastModalityLut === opts.modality.lut) return lastLut;
  const lut = new Uint32Array(max - min + 1);
  const { slope, intercept, lut: table } = opts.modality;
  const invert = opts.invert;
  // Grey levels first (one float op chain per entry), then packed: keeps the hot loop monomorphic.
  const { center: c, width: w } = window;
  if (!table && fn === "LINEAR" && w > 1) {
    // Inlined C.11.2.1.2.1 for the common case (same result as voiValue, several times faster for 64K-entry LUTs).
    const lower = c - 0.5 - (w - 1) / 2,
      upper = c - 0.5 + (w - 1) / 2,
      k = 255 / (w - 1),
      offset = c - 0.5;
    for (let s = min; s <= max; s++) {
      const x = s * slope + intercept;
      const y = x <= lower ? 0 : x > upper ? 255 : Math.round((x - offset) * k + 127.5);
      lut[s - min] = invert ? 255 - y : y;
    }
  } else {
    for (let s = min; s <= max; s++) {
      const x = table ? modalityValue(s, opts.modality) : s * slope + intercept;
      const y = clampByte(voiValue(x, window, fn));
      lut[s - min] = invert ? 255 - y : y;
    }
  }
  const packed = new Uint32Array(256);
  for (let y = 0; y < 256; y++) packed[y] = packRgb(y, y, y);
  for (let i = 0; i < lut.length; i++) lut[i] = packed[lut[i]!]!;
  lastKey = key;
  lastLut = lut;
  lastModalityLut = opts.modality.lut;
  return lut;
}

/** Writes one packed RGBA pixel per sample of a single-sample frame into `out`. */
export function renderGray(frame: DecodedFrame, opts: GrayOptions, out: Uint32Array): void {
  const px = frame.pixels;
  const n = frame.rows * frame.columns;
  const { window, fn } = effectiveWindow(frame, opts);
  const { min, max } = sampleRange(px);
  if (!(px instanceof Float32Array) && max - min < MAX_LUT_SIZE) {
    const lut = buildGrayLut(min, max, opts, window, fn);
    for (let i = 0; i < n; i++) out[i] = lut[px[i]! - min]!;
    return;
  }
  for (let i = 0; i < n; i++) {
    const v = px[i]!;
    let y = Number.isNaN(v) ? 0 : clampByte(voiValue(modalityValue(v, opts.modality), window, fn));
    if (opts.invert) y = 255 - y;
    out[i] = packRgb(y, y, y);
  }
}
