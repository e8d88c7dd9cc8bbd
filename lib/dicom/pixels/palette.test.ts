// PALETTE COLOR: entries brought to 8 bits (16-bit tables shifted unless they only hold 8-bit values), values outside
// the table clamped to its ends, and a frame rendered through one packed LUT.
import { describe, expect, it } from "vitest";
import { packRgb } from "./pack";
import { buildPaletteLut, paletteShift, renderPalette, type PaletteLut } from "./palette";
import type { DecodedFrame } from "./types";

const channel = (data: number[], bits = 16, firstMapped = 0) => ({ firstMapped, bits, data });

describe("paletteShift", () => {
  it("is 8 for 16-bit entries that use the high byte, 0 for 8-bit tables or 16-bit tables of 8-bit values", () => {
    expect(paletteShift({ red: channel([0, 0xff00]), green: channel([0]), blue: channel([0]) })).toBe(8);
    expect(paletteShift({ red: channel([0, 255]), green: channel([0, 200]), blue: channel([1]) })).toBe(0);
    expect(paletteShift({ red: channel([255], 8), green: channel([255], 8), blue: channel([255], 8) })).toBe(0);
  });
});

describe("buildPaletteLut", () => {
  it("maps stored values min..max through the three channels, clamping outside the table", () => {
    const p: PaletteLut = {
      red: channel([0x1000, 0x2000, 0xff00], 16, 10),
      green: channel([0x0000, 0x8000, 0xffff], 16, 10),
      blue: channel([0x0100, 0x0100, 0x0100], 16, 10),
    };
    const lut = buildPaletteLut(p, 9, 13);
    expect([...lut]).toEqual([
      packRgb(0x10, 0x00, 0x01), // 9: below firstMapped -> first entry
      packRgb(0x10, 0x00, 0x01),
      packRgb(0x20, 0x80, 0x01),
      packRgb(0xff, 0xff, 0x01),
      packRgb(0xff, 0xff, 0x01), // 13: past the end -> last entry
    ]);
  });
});

describe("renderPalette", () => {
  it("renders each pixel through the LUT, including negative stored values", () => {
    const p: PaletteLut = {
      red: channel([10, 20, 30], 8, -1),
      green: channel([1, 2, 3], 8, -1),
      blue: channel([0, 0, 0], 8, -1),
    };
    const frame = {
      rows: 1,
      columns: 3,
      samplesPerPixel: 1,
      photometric: "PALETTE COLOR",
      bitsAllocated: 16,
      bitsStored: 16,
      pixelRepresentation: 1,
      planarConfiguration: 0,
      pixels: new Int16Array([1, -1, 0]),
    } satisfies DecodedFrame;
    const out = new Uint32Array(3);
    renderPalette(frame, p, out);
    expect([...out]).toEqual([packRgb(30, 3, 0), packRgb(10, 1, 0), packRgb(20, 2, 0)]);
  });
});
