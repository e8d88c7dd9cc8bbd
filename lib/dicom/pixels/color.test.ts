// Palette lookup and colour frames (YBR_FULL -> RGB, planar configuration, 16-bit) checked against hand-computed values.
import { describe, expect, it } from "vitest";
import { planarToInterleaved, renderToRgba, ybrFullToRgb } from "./display";
import { frame, pixelsRgb } from "./test-render";

describe("palette colour", () => {
  const palette16 = {
    red: { firstMapped: 10, bits: 16, data: [0, 0x4000, 0x8000, 0xffff] },
    green: { firstMapped: 10, bits: 16, data: [0xffff, 0x0100, 0, 0] },
    blue: { firstMapped: 10, bits: 16, data: [0x1234, 0x1234, 0x1234, 0xff00] },
  };

  it("16-bit entries are scaled >> 8; values outside the table clamp to its ends", () => {
    const f = frame(Uint8Array.from([9, 10, 11, 12, 13, 20]), { photometric: "PALETTE COLOR" });
    expect(pixelsRgb(f, { palette: palette16 })).toEqual([
      [0, 255, 0x12],
      [0, 255, 0x12],
      [64, 1, 0x12],
      [128, 0, 0x12],
      [255, 0, 255],
      [255, 0, 255],
    ]);
  });

  it("8-bit entries are used as they are", () => {
    const c = (data: number[]) => ({ firstMapped: 0, bits: 8, data });
    const f = frame(Uint8Array.from([0, 1, 2]), { photometric: "PALETTE COLOR" });
    expect(pixelsRgb(f, { palette: { red: c([0, 100, 200]), green: c([5, 6, 7]), blue: c([255, 128, 1]) } })).toEqual([
      [0, 5, 255],
      [100, 6, 128],
      [200, 7, 1],
    ]);
  });

  it("entries declared 16-bit but holding only 8-bit values are not shifted", () => {
    const c = (data: number[]) => ({ firstMapped: 0, bits: 16, data });
    const f = frame(Uint8Array.from([1]), { photometric: "PALETTE COLOR" });
    expect(pixelsRgb(f, { palette: { red: c([0, 200]), green: c([0, 100]), blue: c([0, 50]) } })).toEqual([
      [200, 100, 50],
    ]);
  });
});

describe("colour frames", () => {
  it("YBR_FULL -> RGB per PS3.3 C.7.6.3.1.2", () => {
    expect(ybrFullToRgb(76, 85, 255)).toEqual([254, 0, 0]);
    expect(ybrFullToRgb(29, 255, 107)).toEqual([0, 0, 254]);
    expect(ybrFullToRgb(128, 128, 128)).toEqual([128, 128, 128]);
    expect(ybrFullToRgb(255, 128, 128)).toEqual([255, 255, 255]);
  });

  it("renders YBR_FULL interleaved and planar identically", () => {
    const interleaved = frame(Uint8Array.from([76, 85, 255, 29, 255, 107]), {
      samplesPerPixel: 3,
      photometric: "YBR_FULL",
    });
    const planar = frame(Uint8Array.from([76, 29, 85, 255, 255, 107]), {
      samplesPerPixel: 3,
      photometric: "YBR_FULL",
      planarConfiguration: 1,
    });
    expect(pixelsRgb(interleaved)).toEqual([
      [254, 0, 0],
      [0, 0, 254],
    ]);
    expect(pixelsRgb(planar)).toEqual([
      [254, 0, 0],
      [0, 0, 254],
    ]);
  });

  it("planar RGB (RR GG BB) becomes interleaved", () => {
    const planar = Uint8Array.from([1, 2, 3, 4, 5, 6]);
    expect(Array.from(planarToInterleaved(planar, 2, 3, new Uint8Array(6)))).toEqual([1, 3, 5, 2, 4, 6]);
    expect(pixelsRgb(frame(planar, { samplesPerPixel: 3, photometric: "RGB", planarConfiguration: 1 }))).toEqual([
      [1, 3, 5],
      [2, 4, 6],
    ]);
  });

  it("16-bit RGB is scaled to 8 bits", () => {
    const f = frame(Uint16Array.from([65535, 32896, 0]), { samplesPerPixel: 3, photometric: "RGB" });
    expect(pixelsRgb(f)).toEqual([[255, 128, 0]]);
  });

  it("reuses the output buffer when it fits", () => {
    const f = frame(Uint8Array.from([0, 255]));
    const out = new Uint8ClampedArray(8);
    expect(renderToRgba(f, {}, out)).toBe(out);
    expect(Array.from(out)).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
  });
});
