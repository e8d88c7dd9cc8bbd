// JPG rendering of a slice: DICOM linear window/level to 8-bit grey, then a baseline JPEG encoder.
import jpeg from "jpeg-js";
import { encodeGrayJpeg } from "./jpeg-gray";

/** "gray": our one-component encoder (default, ~15x faster); "jpeg-js": jpeg-js's three-component encoder. */
export type JpegEngine = "gray" | "jpeg-js";

/** PS3.3 C.11.2.1.2 linear VOI function for 8-bit output. */
export function windowTo8bit(pixels: Uint16Array, center: number, width: number): Uint8Array {
  const out = new Uint8Array(pixels.length);
  const lut = new Uint8Array(65536);
  const lo = center - 0.5 - (width - 1) / 2;
  const hi = center - 0.5 + (width - 1) / 2;
  for (let x = 0; x < 65536; x++) {
    lut[x] = x <= lo ? 0 : x > hi ? 255 : Math.round(((x - (center - 0.5)) / (width - 1) + 0.5) * 255);
  }
  for (let k = 0; k < pixels.length; k++) out[k] = lut[pixels[k]!]!;
  return out;
}

export function encodeJpeg(grey: Uint8Array, cols: number, rows: number, quality = 80, engine: JpegEngine = "gray"): Buffer {
  if (engine === "gray") return encodeGrayJpeg(grey, cols, rows, quality);
  const rgba = Buffer.alloc(cols * rows * 4);
  for (let k = 0, o = 0; k < grey.length; k++, o += 4) {
    const g = grey[k]!;
    rgba[o] = g;
    rgba[o + 1] = g;
    rgba[o + 2] = g;
    rgba[o + 3] = 255;
  }
  return jpeg.encode({ data: rgba, width: cols, height: rows }, quality).data;
}
