// Part 10 files with encapsulated Pixel Data written byte by byte (dcmjs only writes native pixels): the data set of
// buildPart10 without Pixel Data, then (7FE0,0010) OB of undefined length, an empty Basic Offset Table item, one item
// per fragment and, unless left out, the sequence delimiter. Plus a hand-made RLE frame (PS3.5 Annex G).
import { concatBytes } from "../../bytes";
import { buildPart10 } from "./build-dicom";

export const TS_RLE = "1.2.840.10008.1.2.5";
export const TS_JPEG_BASELINE = "1.2.840.10008.1.2.4.50";

function item(tagLow: number, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + body.length);
  const v = new DataView(out.buffer);
  v.setUint16(0, 0xfffe, true);
  v.setUint16(2, tagLow, true);
  v.setUint32(4, body.length, true);
  out.set(body, 8);
  return out;
}

export function withEncapsulatedPixels(
  dataset: Record<string, unknown>,
  fragments: Uint8Array[],
  opts: { transferSyntaxUid: string; delimiter?: boolean },
): Uint8Array {
  const head = buildPart10({ ...dataset, PixelData: undefined }, { transferSyntaxUid: opts.transferSyntaxUid });
  // (7FE0,0010) OB, 2 reserved bytes, undefined length.
  const pixelTag = new Uint8Array([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x42, 0, 0, 0xff, 0xff, 0xff, 0xff]);
  const parts = [head, pixelTag, item(0xe000, new Uint8Array(0)), ...fragments.map((f) => item(0xe000, f))];
  if (opts.delimiter !== false) parts.push(item(0xe0dd, new Uint8Array(0)));
  return concatBytes(...parts);
}

/** One RLE segment holding `bytes` as PackBits literal runs (at most 128 bytes per run). */
function literalSegment(bytes: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i += 128) {
    const run = bytes.slice(i, i + 128);
    out.push(run.length - 1, ...run);
  }
  if (out.length % 2) out.push(0); // segments are padded to an even length
  return out;
}

/** An RLE frame of unsigned 16-bit samples: two segments, most significant bytes first (PS3.5 G.2). */
export function rleFrame16(samples: number[]): Uint8Array {
  const high = literalSegment(samples.map((s) => (s >> 8) & 0xff));
  const low = literalSegment(samples.map((s) => s & 0xff));
  const header = new Uint8Array(64);
  const v = new DataView(header.buffer);
  v.setUint32(0, 2, true);
  v.setUint32(4, 64, true);
  v.setUint32(8, 64 + high.length, true);
  return new Uint8Array([...header, ...high, ...low]);
}
