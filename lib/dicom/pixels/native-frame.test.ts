// Native pixel data edge cases: unused high bits, signed 12-bit, big endian, 1-bit frames not byte-aligned, YBR_FULL_422, truncation.
import { describe, expect, it } from "vitest";
import { decodeFrame } from "./decode-frame";
import { buildDataSet } from "./test-dicom";

const le16 = (values: number[]) => new Uint8Array(Uint16Array.from(values.map((v) => v & 0xffff)).buffer);

describe("native frames", () => {
  it("masks bits above BitsStored (old overlay bits) for unsigned 12-bit", async () => {
    const ds = buildDataSet({
      rows: 1,
      columns: 3,
      bitsAllocated: 16,
      bitsStored: 12,
      native: le16([0xf123, 0x0fff, 0x1000]),
    });
    expect(Array.from((await decodeFrame(ds)).pixels)).toEqual([0x123, 0xfff, 0]);
  });

  it("sign-extends signed 12-bit stored in 16 bits", async () => {
    const ds = buildDataSet({
      rows: 1,
      columns: 4,
      bitsAllocated: 16,
      bitsStored: 12,
      pixelRepresentation: 1,
      native: le16([0x0800, 0x0fff, 0x07ff, 0xf001]),
    });
    const f = await decodeFrame(ds);
    expect(f.pixels).toBeInstanceOf(Int16Array);
    expect(Array.from(f.pixels)).toEqual([-2048, -1, 2047, 1]);
  });

  it("swaps 16-bit samples of explicit VR big endian", async () => {
    const ds = buildDataSet({
      transferSyntax: "1.2.840.10008.1.2.2",
      rows: 1,
      columns: 2,
      bitsAllocated: 16,
      native: Uint8Array.from([0x01, 0x02, 0xab, 0xcd]),
    });
    expect(Array.from((await decodeFrame(ds)).pixels)).toEqual([0x0102, 0xabcd]);
  });

  it("unpacks 1-bit frames that start mid-byte (LSB first)", async () => {
    // Two 3x3 frames = 18 bits. Frame 1 = bits 0..8, frame 2 = bits 9..17.
    const bits = [1, 0, 0, 0, 0, 0, 0, 1, 1, /* frame 2 */ 0, 1, 1, 1, 0, 0, 0, 0, 1];
    const bytes = new Uint8Array(3);
    bits.forEach((b, i) => (bytes[i >> 3]! |= b << (i & 7)));
    const ds = buildDataSet({ rows: 3, columns: 3, bitsAllocated: 1, frames: 2, native: bytes });
    expect(Array.from((await decodeFrame(ds, undefined, 0)).pixels)).toEqual(bits.slice(0, 9));
    expect(Array.from((await decodeFrame(ds, undefined, 1)).pixels)).toEqual(bits.slice(9));
  });

  it("expands YBR_FULL_422 pairs (Y1 Y2 Cb Cr) to full YBR_FULL", async () => {
    const ds = buildDataSet({
      rows: 1,
      columns: 4,
      bitsAllocated: 8,
      samplesPerPixel: 3,
      photometric: "YBR_FULL_422",
      native: Uint8Array.from([10, 20, 100, 150, 30, 40, 110, 160]),
    });
    const f = await decodeFrame(ds);
    expect(f.photometric).toBe("YBR_FULL");
    expect(Array.from(f.pixels)).toEqual([10, 100, 150, 20, 100, 150, 30, 110, 160, 40, 110, 160]);
  });

  it("refuses pixel data shorter than the frame (rows larger than the data)", async () => {
    const ds = buildDataSet({ rows: 4, columns: 4, bitsAllocated: 16, native: le16([1, 2, 3, 4]) });
    await expect(decodeFrame(ds)).rejects.toThrow(/Pixel data holds 8 bytes; frame 1 needs 32/);
  });

  it("refuses zero rows", async () => {
    const ds = buildDataSet({ rows: 0, columns: 4, bitsAllocated: 8, native: new Uint8Array(4) });
    await expect(decodeFrame(ds)).rejects.toThrow(/Rows\/Columns/);
  });
});
