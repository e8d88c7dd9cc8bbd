// DICOM RLE Lossless (PS3.5 Annex G): hand-built frames through the decoder - literal and replicate runs, the no-op
// header, one segment per byte of each sample most significant first - and the refusals, each saying what is wrong.
import { describe, expect, it } from "vitest";
import { PixelDecodeError, type ImageInfo } from "../types";
import { decodeRle } from "./rle";

const info = (over: Partial<ImageInfo> = {}): ImageInfo => ({
  transferSyntax: "1.2.840.10008.1.2.5",
  rows: 1,
  columns: 4,
  samplesPerPixel: 1,
  bitsAllocated: 8,
  bitsStored: 8,
  highBit: 7,
  pixelRepresentation: 0,
  photometric: "MONOCHROME2",
  planarConfiguration: 0,
  numberOfFrames: 1,
  ...over,
});

/** The 64-byte RLE header (segment count and offsets) followed by the segments. */
function frame(segments: number[][], count = segments.length): Uint8Array {
  const header = new DataView(new ArrayBuffer(64));
  header.setUint32(0, count, true);
  let offset = 64;
  segments.forEach((s, i) => {
    header.setUint32(4 + i * 4, offset, true);
    offset += s.length;
  });
  return new Uint8Array([...new Uint8Array(header.buffer), ...segments.flat()]);
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(PixelDecodeError);
  return (e as Error).message;
}

describe("decodeRle", () => {
  it("decodes literal and replicate runs, skipping the no-op header 128", async () => {
    // literal 2 bytes (header 1), no-op, replicate 7 twice (header 255 = -1)
    const raw = await decodeRle(frame([[1, 10, 20, 128, 255, 7]]), info());
    expect([...raw.bytes]).toEqual([10, 20, 7, 7]);
    expect(raw).toMatchObject({ bytesPerSample: 1, width: 4, height: 1, components: 1, planarConfiguration: 0 });
  });

  it("assembles 16-bit samples from a high-byte segment then a low-byte one, little-endian out", async () => {
    const raw = await decodeRle(
      frame([
        [1, 0x12, 0xab],
        [1, 0x34, 0xcd],
      ]),
      info({ columns: 2, bitsAllocated: 16, bitsStored: 16, highBit: 15 }),
    );
    expect(raw.bytesPerSample).toBe(2);
    expect([...raw.bytes]).toEqual([0x34, 0x12, 0xcd, 0xab]);
  });

  it("interleaves colour planes (one segment per component) into R G B per pixel", async () => {
    const raw = await decodeRle(
      frame([
        [254, 1], // R: replicate 1 three times
        [254, 2],
        [2, 3, 4, 5], // B: literal 3
      ]),
      info({ columns: 3, samplesPerPixel: 3, photometric: "RGB" }),
    );
    expect([...raw.bytes]).toEqual([1, 2, 3, 1, 2, 4, 1, 2, 5]);
    expect(raw.components).toBe(3);
  });

  it("stops at the pixel count when a run overshoots it", async () => {
    const raw = await decodeRle(frame([[250, 9]]), info({ columns: 2 }));
    expect([...raw.bytes]).toEqual([9, 9]);
  });

  it("refuses a frame shorter than its header, a wrong segment count and offsets out of range", async () => {
    expect(await refusal(decodeRle(new Uint8Array(10), info()))).toBe("RLE frame shorter than its 64-byte header");
    expect(await refusal(decodeRle(frame([[3, 1, 2, 3, 4]]), info({ samplesPerPixel: 3 })))).toBe(
      "RLE header has 1 segments; expected 3",
    );
    const bad = frame([[3, 1, 2, 3, 4]]);
    new DataView(bad.buffer).setUint32(4, 10, true);
    expect(await refusal(decodeRle(bad, info()))).toBe("RLE segment 1 offsets are out of range");
  });

  it("refuses a segment that ends before the frame is complete, saying how far it got", async () => {
    expect(await refusal(decodeRle(frame([[1, 10, 20]]), info()))).toBe("RLE segment decoded 2 of 4 bytes");
  });

  it("refuses 1-bit images", async () => {
    expect(await refusal(decodeRle(frame([[0, 1]]), info({ bitsAllocated: 1 })))).toBe(
      "RLE with BitsAllocated 1 is not supported",
    );
  });
});
