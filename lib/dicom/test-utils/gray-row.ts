// A decoded one-row 16-bit greyscale frame (signed when given an Int16Array), for tests of what is done with decoded
// pixels: windowing, display values, presets.
import type { DecodedFrame } from "../pixels/types";

export const grayRow = (pixels: DecodedFrame["pixels"], extra: Partial<DecodedFrame> = {}): DecodedFrame => ({
  rows: 1,
  columns: pixels.length,
  samplesPerPixel: 1,
  photometric: "MONOCHROME2",
  bitsAllocated: 16,
  bitsStored: 16,
  pixelRepresentation: pixels instanceof Int16Array ? 1 : 0,
  planarConfiguration: 0,
  pixels,
  ...extra,
});
