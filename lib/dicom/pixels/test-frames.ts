// Test helpers for reading decoded samples by (row, column) so tests can quote published reference values directly.
import { decodeFrame } from "./decode-frame";
import { loadCorpusFile } from "./test-corpus";
import type { DecodedFrame } from "./types";

export const F = "valid/files/";

export async function decode(file: string, frame = 0): Promise<DecodedFrame> {
  const ds = loadCorpusFile(F + file);
  return decodeFrame(ds, ds.byteArray, frame);
}

/** Sample at (row, col, sample) of an interleaved frame. */
export function at(f: DecodedFrame, row: number, col: number, s = 0): number {
  return f.pixels[(row * f.columns + col) * f.samplesPerPixel + s]!;
}
export function rgb(f: DecodedFrame, row: number, col: number): number[] {
  return [0, 1, 2].map((s) => at(f, row, col, s));
}
export function rowSlice(f: DecodedFrame, row: number, from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => at(f, row, from + i));
}
/** Index of the first differing sample, or -1 (cheaper and clearer than deep-equal on 150k samples). */
export function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return -2;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}
