// JPG rendering of a slice: DICOM linear window/level to 8-bit grey, then a one-component baseline JPEG by sharp
// (libjpeg-turbo; a few ms for 384x384, deterministic for the same input and version).
import sharp from "sharp";

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

export function encodeJpeg(grey: Uint8Array, cols: number, rows: number, quality = 80): Promise<Buffer> {
  return sharp(grey, { raw: { width: cols, height: rows, channels: 1 } })
    .toColourspace("b-w")
    .jpeg({ quality })
    .toBuffer();
}
