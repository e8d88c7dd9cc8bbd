// What the viewer needs to window a decoded slice: the default window, the value range and whether values are
// integers, computed once in the worker so dragging and presets never rescan the pixels.
import {
  fullRangeWindow,
  modalityRange,
  modalityValue,
  sampleRange,
  type DecodedFrame,
  type DisplayParams,
  type PixelArray,
} from "@/lib/dicom/pixels";
import type { Window } from "@/lib/dicom/pixels/voi";

/** What the renderer knows about a decoded slice's values, in modality units. */
export interface SliceValues {
  /** The window the file carries, or a 1%..99% percentile window when it has none. */
  defaultWindow: Window;
  range: { min: number; max: number };
  /** Integer modality values (integer rescale): windows snap to whole numbers. */
  integer: boolean;
}

/** Samples looked at for the percentile default: enough for stable 1%/99% points, cheap on 1024² frames. */
const PERCENTILE_SAMPLES = 65_536;

/** lo..hi quantiles of the stored values, from an evenly strided subsample. */
export function percentileBounds(px: PixelArray, lo = 0.01, hi = 0.99): { min: number; max: number } {
  const stride = Math.max(1, Math.ceil(px.length / PERCENTILE_SAMPLES));
  const sample = new Float64Array(Math.ceil(px.length / stride));
  let n = 0;
  for (let i = 0; i < px.length; i += stride) {
    const v = px[i]!;
    if (!Number.isNaN(v)) sample[n++] = v;
  }
  if (n === 0) return { min: 0, max: 0 };
  const sorted = sample.subarray(0, n).sort();
  const at = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))))]!;
  return { min: at(lo), max: at(hi) };
}

export function isColorSlice(frame: DecodedFrame, params: DisplayParams): boolean {
  return frame.samplesPerPixel >= 3 || (frame.photometric === "PALETTE COLOR" && !!params.palette);
}

/**
 * The file's first stored window, else a 1%..99% percentile window: MR files often carry no window, and a few very
 * bright pixels would make a full-range default look dark.
 */
export function sliceValues(frame: DecodedFrame, params: DisplayParams): SliceValues {
  const modality = { slope: params.rescaleSlope, intercept: params.rescaleIntercept, lut: params.modalityLut };
  const integer =
    !(frame.pixels instanceof Float32Array) &&
    (!!params.modalityLut || (Number.isInteger(params.rescaleSlope) && Number.isInteger(params.rescaleIntercept)));
  const stored = sampleRange(frame.pixels);
  const range = modalityRange(stored.min, stored.max, modality);
  const fileWindow = params.windows[0];
  if (fileWindow) return { defaultWindow: fileWindow, range, integer };
  const p = percentileBounds(frame.pixels);
  const a = modalityValue(p.min, modality);
  const b = modalityValue(p.max, modality);
  const defaultWindow =
    a === b ? fullRangeWindow(range.min, range.max, integer) : fullRangeWindow(Math.min(a, b), Math.max(a, b), integer);
  return { defaultWindow, range, integer };
}
