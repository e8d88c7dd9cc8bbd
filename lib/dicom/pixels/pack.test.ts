// packRgb/clampByte: one uint32 store puts R, G, B, 255 in memory in that order (what ImageData/canvas expect),
// whatever the platform's byte order, and channel values are rounded into 0..255.
import { describe, expect, it } from "vitest";
import { clampByte, packRgb } from "./pack";

describe("packRgb", () => {
  it("lays out R, G, B, opaque alpha in memory order through a Uint32Array", () => {
    const px = new Uint32Array(3);
    px[0] = packRgb(1, 2, 3);
    px[1] = packRgb(255, 0, 128);
    px[2] = packRgb(0, 0, 0);
    expect(Array.from(new Uint8ClampedArray(px.buffer))).toEqual([1, 2, 3, 255, 255, 0, 128, 255, 0, 0, 0, 255]);
  });

  it("is an unsigned 32-bit value (no negative numbers from the alpha bit)", () => {
    const v = packRgb(255, 255, 255);
    expect(v).toBe(0xffffffff);
    expect(v).toBeGreaterThan(0);
  });
});

describe("clampByte", () => {
  it.each([
    [-20, 0],
    [0, 0],
    [2.4, 2],
    [2.5, 3],
    [127.49, 127],
    [254.6, 255],
    [255, 255],
    [1e9, 255],
    [-Infinity, 0],
    [Infinity, 255],
  ])("%d -> %d", (v, want) => expect(clampByte(v)).toBe(want));
});
