// Modality LUT and VOI (window/level) functions per PS3.3 C.11.1 and C.11.2.1.2, as plain math the LUT builders call.

export type VoiFunction = "LINEAR" | "LINEAR_EXACT" | "SIGMOID";

export interface Window {
  center: number;
  width: number;
}

/** Modality LUT Sequence table: output = data[clamp(stored - firstMapped)]. */
export interface LutTable {
  firstMapped: number;
  data: ArrayLike<number>;
}

export interface ModalityTransform {
  slope: number;
  intercept: number;
  /** When present it replaces slope/intercept (Modality LUT Sequence). */
  lut?: LutTable;
}

export function applyLutTable(lut: LutTable, value: number): number {
  const n = lut.data.length;
  const i = Math.round(value) - lut.firstMapped;
  return lut.data[i < 0 ? 0 : i >= n ? n - 1 : i]!;
}

/** Stored value -> modality value (e.g. HU): Rescale Slope/Intercept or the Modality LUT. */
export function modalityValue(stored: number, m: ModalityTransform): number {
  return m.lut ? applyLutTable(m.lut, stored) : stored * m.slope + m.intercept;
}

/** VOI output in [0, 255] (unrounded) for a modality value; `fn` defaults to LINEAR as the standard does. */
export function voiValue(x: number, { center: c, width: w }: Window, fn: VoiFunction = "LINEAR"): number {
  if (fn === "SIGMOID") return 255 / (1 + Math.exp((-4 * (x - c)) / w));
  if (fn === "LINEAR" && w >= 1) {
    // C.11.2.1.2.1: x <= c - 0.5 - (w-1)/2 -> min; x > c - 0.5 + (w-1)/2 -> max; else linear.
    if (x <= c - 0.5 - (w - 1) / 2) return 0;
    if (x > c - 0.5 + (w - 1) / 2) return 255;
    return ((x - (c - 0.5)) / (w - 1) + 0.5) * 255;
  }
  // LINEAR_EXACT (C.11.2.1.3.2), also used for LINEAR windows narrower than 1 (float data).
  if (w <= 0) return x < c ? 0 : 255;
  if (x <= c - w / 2) return 0;
  if (x > c + w / 2) return 255;
  return ((x - c) / w + 0.5) * 255;
}

/**
 * Window showing min..max exactly: for integer data, LINEAR with w = max-min+1 maps min -> 0 and max -> 255;
 * for non-integer (float or fractional rescale) ranges use it with LINEAR_EXACT.
 */
export function fullRangeWindow(min: number, max: number, integer = true): Window {
  if (integer) {
    const width = Math.max(1, Math.round(max - min) + 1);
    return { center: min + width / 2, width };
  }
  return { center: (min + max) / 2, width: Math.max(max - min, Number.EPSILON) };
}
