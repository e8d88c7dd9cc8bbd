// Colour rendering for RGB and YBR_FULL frames, interleaved or planar, with YBR->RGB per PS3.3 C.7.6.3.1.2 when the codec did not convert.
import { clampByte, packRgb } from "./pack";
import type { DecodedFrame, PixelArray } from "./types";

/** YBR_FULL (8-bit, chroma centred on 128) -> RGB, rounded and clamped. */
export function ybrFullToRgb(y: number, cb: number, cr: number): [number, number, number] {
  return [
    clampByte(y + 1.402 * (cr - 128)),
    clampByte(y - 0.344136 * (cb - 128) - 0.714136 * (cr - 128)),
    clampByte(y + 1.772 * (cb - 128)),
  ];
}

/** Planar (RRR..GGG..BBB..) -> interleaved (RGBRGB..) copy of the same samples. */
export function planarToInterleaved<T extends PixelArray>(src: T, pixels: number, samples: number, out: T): T {
  for (let s = 0; s < samples; s++) {
    const plane = s * pixels;
    for (let i = 0; i < pixels; i++) out[i * samples + s] = src[plane + i]!;
  }
  return out;
}

/** Writes packed RGBA for a 3-sample frame into `out`; samples wider than 8 bits are scaled down by shifting. */
export function renderColor(frame: DecodedFrame, out: Uint32Array): void {
  const px = frame.pixels;
  const n = frame.rows * frame.columns;
  const planar = frame.planarConfiguration === 1;
  // Offsets of each sample of pixel i: interleaved i*3+k, planar k*n+i.
  const step = planar ? 1 : 3;
  const o1 = planar ? n : 1;
  const o2 = planar ? 2 * n : 2;
  const shift = Math.max(0, Math.min(frame.bitsStored, frame.bitsAllocated) - 8);
  const scale = shift > 0 ? 1 / (1 << shift) : 1;
  const ybr = frame.photometric === "YBR_FULL" || frame.photometric === "YBR_FULL_422";
  const float = px instanceof Float32Array;
  for (let i = 0, p = 0; i < n; i++, p += step) {
    let a = px[p]!,
      b = px[p + o1]!,
      c = px[p + o2]!;
    if (shift > 0 || float) {
      a = Math.floor(a * scale);
      b = Math.floor(b * scale);
      c = Math.floor(c * scale);
    }
    if (ybr) {
      out[i] = packRgb(
        clampByte(a + 1.402 * (c - 128)),
        clampByte(a - 0.344136 * (b - 128) - 0.714136 * (c - 128)),
        clampByte(a + 1.772 * (b - 128)),
      );
    } else {
      out[i] = packRgb(a < 0 ? 0 : a > 255 ? 255 : a, b < 0 ? 0 : b > 255 ? 255 : b, c < 0 ? 0 : c > 255 ? 255 : c);
    }
  }
}
