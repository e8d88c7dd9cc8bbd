// Frame location in encapsulated pixel data: offset table, one fragment per frame, several fragments per frame, and clear failures.
import { describe, expect, it } from "vitest";
import { decodeFrame } from "./decode-frame";
import { buildDataSet, rleEncode } from "./test-dicom";

const RLE = "1.2.840.10008.1.2.5";
// 4x4 8-bit frames with distinct content (a run of 5s exercises replicate runs).
const frameA = Uint8Array.from([5, 5, 5, 5, 1, 2, 3, 4, 9, 9, 9, 8, 7, 6, 5, 4]);
const frameB = Uint8Array.from([200, 201, 202, 203, 0, 0, 0, 0, 17, 18, 17, 18, 255, 255, 255, 1]);
const encA = rleEncode([frameA]);
const encB = rleEncode([frameB]);
const split = (b: Uint8Array, at: number) => [b.subarray(0, at), b.subarray(at)];

function image(fragments: Uint8Array[], frames: number, basicOffsetTable?: number[]) {
  return buildDataSet({
    transferSyntax: RLE,
    rows: 4,
    columns: 4,
    bitsAllocated: 8,
    frames,
    fragments,
    basicOffsetTable,
  });
}
async function pixels(ds: ReturnType<typeof image>, frame: number) {
  return Array.from((await decodeFrame(ds, undefined, frame)).pixels);
}

describe("encapsulated frames", () => {
  it("one fragment per frame, empty offset table", async () => {
    const ds = image([encA, encB], 2);
    expect(await pixels(ds, 0)).toEqual(Array.from(frameA));
    expect(await pixels(ds, 1)).toEqual(Array.from(frameB));
  });

  it("two fragments per frame, with a Basic Offset Table", async () => {
    const [a1, a2] = split(encA, 66);
    const [b1, b2] = split(encB, 70);
    // Offsets count item headers (8 bytes each) from the first fragment's item.
    const frameBOffset = 8 + a1!.length + 8 + a2!.length;
    const ds = image([a1!, a2!, b1!, b2!], 2, [0, frameBOffset]);
    expect(await pixels(ds, 0)).toEqual(Array.from(frameA));
    expect(await pixels(ds, 1)).toEqual(Array.from(frameB));
  });

  it("uses the offset table even when a later fragment looks like a codestream start", async () => {
    // Frame C's second fragment begins with bytes equal to an RLE header, so only the offset table splits correctly.
    const header = new Uint8Array(64);
    header.set([1, 0, 0, 0, 64], 0);
    const pixelsC = [1, 0, 0, 0, 64, 0, 0, 0, 2, 3, 4, 5, 6, 7, 8, 9];
    const encC = Uint8Array.from([...header, 15, ...pixelsC]);
    const [c1, c2] = split(encC, 65);
    const ds = image([c1!, c2!, encB], 2, [0, 8 + c1!.length + 8 + c2!.length]);
    expect(await pixels(ds, 0)).toEqual(pixelsC);
    expect(await pixels(ds, 1)).toEqual(Array.from(frameB));
  });

  it("two fragments per frame, empty offset table: split where a codestream header starts", async () => {
    const [a1, a2] = split(encA, 66);
    const [b1, b2] = split(encB, 70);
    const ds = image([a1!, a2!, b1!, b2!], 2);
    expect(await pixels(ds, 0)).toEqual(Array.from(frameA));
    expect(await pixels(ds, 1)).toEqual(Array.from(frameB));
  });

  it("a single frame spread over three fragments is concatenated", async () => {
    const ds = image([encA.subarray(0, 64), encA.subarray(64, 68), encA.subarray(68)], 1);
    expect(await pixels(ds, 0)).toEqual(Array.from(frameA));
  });

  it("an offset table that does not match the fragments falls back to the fragment layout", async () => {
    const ds = image([encA, encB], 2, [0, 12345]);
    expect(await pixels(ds, 1)).toEqual(Array.from(frameB));
  });

  it("refuses when frames cannot be located", async () => {
    const ds = image([encA, encB], 3);
    await expect(decodeFrame(ds, undefined, 2)).rejects.toThrow(/Cannot locate frame 3/);
  });

  it("refuses a frame index out of range", async () => {
    await expect(decodeFrame(image([encA], 1), undefined, 1)).rejects.toThrow(/out of range/);
  });

  it("refuses a truncated RLE segment", async () => {
    await expect(decodeFrame(image([encA.subarray(0, encA.length - 6)], 1), undefined, 0)).rejects.toThrow(
      /RLE segment/,
    );
  });

  it("refuses an unsupported transfer syntax by name", async () => {
    const ds = buildDataSet({
      transferSyntax: "1.2.840.10008.1.2.4.100",
      rows: 4,
      columns: 4,
      bitsAllocated: 8,
      fragments: [encA],
    });
    await expect(decodeFrame(ds, undefined, 0)).rejects.toThrow(
      /Unsupported transfer syntax 1\.2\.840\.10008\.1\.2\.4\.100/,
    );
  });
});

describe("RLE byte planes", () => {
  it("16-bit samples: high-byte segment first, output little-endian", async () => {
    const values = [0x0102, 0xfffe, 0x8000, 0x00ff];
    const high = Uint8Array.from(values.map((v) => v >> 8));
    const low = Uint8Array.from(values.map((v) => v & 0xff));
    const ds = buildDataSet({
      transferSyntax: RLE,
      rows: 2,
      columns: 2,
      bitsAllocated: 16,
      pixelRepresentation: 1,
      fragments: [rleEncode([high, low])],
    });
    const f = await decodeFrame(ds, undefined, 0);
    expect(f.pixels).toBeInstanceOf(Int16Array);
    expect(Array.from(f.pixels)).toEqual([0x0102, -2, -32768, 0x00ff]);
  });

  it("RGB: one segment per colour, interleaved on output", async () => {
    const r = Uint8Array.from([10, 11]),
      g = Uint8Array.from([20, 21]),
      b = Uint8Array.from([30, 31]);
    const ds = buildDataSet({
      transferSyntax: RLE,
      rows: 1,
      columns: 2,
      bitsAllocated: 8,
      samplesPerPixel: 3,
      photometric: "RGB",
      fragments: [rleEncode([r, g, b])],
    });
    const f = await decodeFrame(ds, undefined, 0);
    expect([f.planarConfiguration, Array.from(f.pixels)]).toEqual([0, [10, 20, 30, 11, 21, 31]]);
  });
});
