// JPG previews: the DICOM linear window to 8 bits, worked by hand, and a greyscale baseline JPEG of the right size
// that decodes back to the image.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { encodeJpeg, windowTo8bit } from "./jpeg";

describe("windowTo8bit (PS3.3 C.11.2.1.2.1)", () => {
  it("maps center 100 / width 51 by the standard's formula", () => {
    // Below c - 0.5 - (w-1)/2 = 74.5: 0; above c - 0.5 + (w-1)/2 = 124.5: 255; between, ((x - 99.5)/50 + 0.5) * 255.
    const x = [0, 74, 75, 100, 124, 125, 4095];
    expect([...windowTo8bit(Uint16Array.from(x), 100, 51)]).toEqual([0, 0, 3, 130, 252, 255, 255]);
  });

  it("is non-decreasing over the whole 16-bit range", () => {
    const all = Uint16Array.from({ length: 65536 }, (_, k) => k);
    const out = windowTo8bit(all, 2000.5, 1234);
    for (let k = 1; k < out.length; k++) expect(out[k]!).toBeGreaterThanOrEqual(out[k - 1]!);
    expect(out[0]).toBe(0);
    expect(out[65535]).toBe(255);
  });

  it("width 1 is a threshold at the centre", () => {
    expect([...windowTo8bit(Uint16Array.from([9, 10, 11]), 10, 1)]).toEqual([0, 255, 255]);
  });

  it("keeps pixel order and length", () => {
    const px = Uint16Array.from([500, 0, 1000, 250]);
    expect([...windowTo8bit(px, 500, 1000)]).toEqual([128, 0, 255, 64]);
  });
});

describe("encodeJpeg", () => {
  const cols = 40;
  const rows = 24;
  // A smooth diagonal ramp: survives JPEG almost unchanged.
  const grey = Uint8Array.from({ length: rows * cols }, (_, k) => ((k % cols) * 4 + Math.floor(k / cols) * 3) % 256);

  it("is a one-component JPEG of cols x rows", async () => {
    const jpg = await encodeJpeg(grey, cols, rows);
    expect([jpg[0], jpg[1]]).toEqual([0xff, 0xd8]);
    const meta = await sharp(jpg).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: cols, height: rows, channels: 1 });
  });

  it("decodes back to the image it was given", async () => {
    const jpg = await encodeJpeg(grey, cols, rows, 95);
    const { data, info } = await sharp(jpg).toColourspace("b-w").raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(1);
    let err = 0;
    for (let k = 0; k < grey.length; k++) err += Math.abs(data[k]! - grey[k]!);
    expect(err / grey.length).toBeLessThan(3);
  });

  it("is deterministic, and a lower quality gives a smaller file for a noisy image", async () => {
    let x = 12345;
    const noisy = Uint8Array.from({ length: 64 * 64 }, () => {
      x = (x * 1103515245 + 12345) >>> 0;
      return x >>> 24;
    });
    const hi = await encodeJpeg(noisy, 64, 64, 95);
    expect((await encodeJpeg(noisy, 64, 64, 95)).equals(hi)).toBe(true);
    const lo = await encodeJpeg(noisy, 64, 64, 30);
    expect(lo.length).toBeLessThan(hi.length);
  });
});
