// Byte and bit handling shared by the native and codec paths.
import { describe, expect, it } from "vitest";
import { convertContainer, normalizeStoredBits, samplesFromBytes, swapBytes } from "./bits";

describe("swapBytes", () => {
  it("reverses each unit's bytes in place and leaves a trailing partial unit", () => {
    const b = new Uint8Array([1, 2, 3, 4, 5]);
    swapBytes(b, 2);
    expect([...b]).toEqual([2, 1, 4, 3, 5]);
    const c = new Uint8Array([1, 2, 3, 4]);
    swapBytes(c, 4);
    expect([...c]).toEqual([4, 3, 2, 1]);
    swapBytes(c, 1);
    expect([...c]).toEqual([4, 3, 2, 1]);
  });
});

describe("samplesFromBytes", () => {
  it("picks the container for the bits and sign, over a copy of little-endian bytes", () => {
    const bytes = new Uint8Array([0x34, 0x12, 0xff, 0xff]);
    const u = samplesFromBytes(bytes, 16, false, 2);
    expect(u).toBeInstanceOf(Uint16Array);
    expect([...u]).toEqual([0x1234, 0xffff]);
    const s = samplesFromBytes(bytes, 12, true, 2);
    expect(s).toBeInstanceOf(Int16Array);
    expect([...s]).toEqual([0x1234, -1]);
    expect(samplesFromBytes(bytes, 8, true, 4)).toBeInstanceOf(Int8Array);
    expect(samplesFromBytes(new Uint8Array(8), 32, false, 2)).toBeInstanceOf(Uint32Array);
    bytes[0] = 0;
    expect(u[0]).toBe(0x1234);
  });

  it("pads a short buffer with zeros and ignores extra bytes", () => {
    expect([...samplesFromBytes(new Uint8Array([1, 0, 2]), 16, false, 3)]).toEqual([1, 2, 0]);
    expect([...samplesFromBytes(new Uint8Array([1, 2, 3]), 8, false, 2)]).toEqual([1, 2]);
  });
});

describe("convertContainer", () => {
  it("returns the same array when it already fits, else a converted copy", () => {
    const a = new Int16Array([1, -2]);
    expect(convertContainer(a, 16, true)).toBe(a);
    const b = convertContainer(new Uint8Array([1, 255]), 16, true);
    expect(b).toBeInstanceOf(Int16Array);
    expect([...b]).toEqual([1, 255]);
  });
});

describe("normalizeStoredBits", () => {
  it("masks overlay bits above BitsStored for unsigned data", () => {
    const px = new Uint16Array([0xf123, 0x0fff]);
    normalizeStoredBits(px, 12, 11, false);
    expect([...px]).toEqual([0x0123, 0x0fff]);
  });

  it("sign-extends signed data stored in fewer bits", () => {
    // 12-bit two's complement: 0x800 is -2048, 0xfff is -1, 0x7ff is 2047.
    const px = new Int16Array([0x0800, 0x0fff, 0x07ff]);
    normalizeStoredBits(px, 12, 11, true);
    expect([...px]).toEqual([-2048, -1, 2047]);
  });

  it("shifts down when HighBit is not BitsStored - 1", () => {
    const px = new Uint16Array([0b1111_0000_0000_0000, 0b0000_0001_0000_0000]);
    normalizeStoredBits(px, 8, 15, false);
    expect([...px]).toEqual([0b1111_0000, 0b0000_0001]);
  });

  it("leaves full-width and float data alone", () => {
    const full = new Uint16Array([0xffff]);
    normalizeStoredBits(full, 16, 15, false);
    expect(full[0]).toBe(0xffff);
    const f = new Float32Array([1.5]);
    normalizeStoredBits(f, 8, 7, false);
    expect(f[0]).toBe(1.5);
  });
});
