// Min/max of a frame's samples, cached per pixel array, so re-rendering while scrolling or windowing skips the scan.
import type { PixelArray } from "./types";

export interface SampleRange {
  min: number;
  max: number;
}

const cache = new WeakMap<PixelArray, SampleRange>();

/** Smallest and largest sample (NaN skipped); { 0, 0 } for an empty array. */
export function sampleRange(px: PixelArray): SampleRange {
  const hit = cache.get(px);
  if (hit) return hit;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < px.length; i++) {
    const v = px[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = min <= max ? { min, max } : { min: 0, max: 0 };
  cache.set(px, range);
  return range;
}
