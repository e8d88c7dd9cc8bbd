// Expands native YBR_FULL_422 (Y1 Y2 Cb Cr per pixel pair) to full-resolution interleaved YBR_FULL so display handles one layout.
import type { PixelArray } from "./types";

/** Each horizontal pair shares Cb/Cr (PS3.3 C.7.6.3.1.2); odd widths repeat the last chroma. */
export function upsampleYbr422(src: PixelArray, rows: number, columns: number): PixelArray {
  const out = new (src.constructor as new (n: number) => PixelArray)(rows * columns * 3);
  const pairsPerRow = Math.ceil(columns / 2);
  let s = 0;
  for (let r = 0; r < rows; r++) {
    for (let p = 0; p < pairsPerRow; p++) {
      const y1 = src[s]!,
        y2 = src[s + 1]!,
        cb = src[s + 2]!,
        cr = src[s + 3]!;
      s += 4;
      const x = p * 2;
      let o = (r * columns + x) * 3;
      out[o] = y1;
      out[o + 1] = cb;
      out[o + 2] = cr;
      if (x + 1 < columns) {
        o += 3;
        out[o] = y2;
        out[o + 1] = cb;
        out[o + 2] = cr;
      }
    }
  }
  return out;
}
