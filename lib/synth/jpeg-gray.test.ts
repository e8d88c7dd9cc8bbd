// The fast greyscale encoder must produce standard baseline JPEGs that jpeg-js decodes faithfully.
import jpeg from "jpeg-js";
import { describe, expect, it } from "vitest";
import { encodeGrayJpeg } from "./jpeg-gray";
import { encodeJpeg } from "./jpeg";

function psnr(a: Uint8Array, rgba: Uint8Array): number {
  let se = 0;
  for (let k = 0; k < a.length; k++) se += (rgba[k * 4]! - a[k]!) ** 2;
  return 10 * Math.log10((255 * 255) / (se / a.length));
}

describe("encodeGrayJpeg", () => {
  const w = 100; // not a multiple of 8: edge blocks are padded
  const h = 60;
  const grey = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) grey[y * w + x] = (128 + 100 * Math.sin(x / 9) * Math.cos(y / 7) + ((x * 7 + y * 13) % 11)) & 255;

  it("decodes with jpeg-js to the same size and close pixels", () => {
    const bytes = encodeGrayJpeg(grey, w, h, 90);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect([...bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
    const img = jpeg.decode(bytes, { useTArray: true });
    expect([img.width, img.height]).toEqual([w, h]);
    expect(psnr(grey, img.data)).toBeGreaterThan(35);
  });

  it("matches jpeg-js's own encoder in quality at the same setting, with one component", () => {
    const ours = jpeg.decode(encodeJpeg(grey, w, h, 80, "gray"), { useTArray: true });
    const theirs = jpeg.decode(encodeJpeg(grey, w, h, 80, "jpeg-js"), { useTArray: true });
    expect(Math.abs(psnr(grey, ours.data) - psnr(grey, theirs.data))).toBeLessThan(0.5);
    const bytes = encodeGrayJpeg(grey, w, h, 80);
    const sof = bytes.indexOf(Buffer.from([0xff, 0xc0]));
    expect(bytes[sof + 9]).toBe(1); // number of components
  });

  it("handles flat and extreme blocks (byte stuffing, long zero runs)", () => {
    const flat = new Uint8Array(64 * 64).fill(255);
    flat.fill(0, 0, 2048);
    const img = jpeg.decode(encodeGrayJpeg(flat, 64, 64, 100), { useTArray: true });
    expect(psnr(flat, img.data)).toBeGreaterThan(30);
  });
});
