// Finds the compressed bytes of one frame in encapsulated Pixel Data: extended/basic offset tables, one fragment per frame, or split fragments.
import {
  readEncapsulatedImageFrame,
  readEncapsulatedPixelDataFromFragments,
  type DataSet,
  type Fragment,
} from "dicom-parser";
import type { CodecId } from "./transfer-syntax";
import { PixelDecodeError } from "./types";

/** True when a fragment starts a new frame's codestream (used when no offset table says where frames begin). */
export function isFrameStart(codec: CodecId, b: Uint8Array, p: number): boolean {
  if (codec === "rle") {
    // RLE header: segment count 1..15 then the first segment offset, always 64.
    const n = b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24);
    return n >= 1 && n <= 15 && b[p + 4] === 64 && b[p + 5] === 0 && b[p + 6] === 0 && b[p + 7] === 0;
  }
  if (b[p] === 0xff && b[p + 1] === 0xd8) return codec.startsWith("jpeg"); // JPEG SOI
  if (b[p] === 0xff && b[p + 1] === 0x4f && b[p + 2] === 0xff && b[p + 3] === 0x51)
    return codec === "j2k" || codec === "htj2k"; // SOC+SIZ
  // JP2 signature box
  return (
    codec === "j2k" &&
    b[p + 3] === 0x0c &&
    b[p + 4] === 0x6a &&
    b[p + 5] === 0x50 &&
    b[p + 6] === 0x20 &&
    b[p + 7] === 0x20
  );
}

function extendedOffsetTable(dataSet: DataSet): number[] | undefined {
  const el = dataSet.elements.x7fe00001;
  if (!el || el.length < 8) return undefined;
  const view = new DataView(dataSet.byteArray.buffer, dataSet.byteArray.byteOffset + el.dataOffset, el.length);
  const out: number[] = [];
  for (let i = 0; i + 8 <= el.length; i += 8) out.push(Number(view.getBigUint64(i, true)));
  return out;
}

/** Compressed bytes of frame `frameIndex` (0-based) of `numberOfFrames`. */
export function readEncapsulatedFrame(
  dataSet: DataSet,
  frameIndex: number,
  numberOfFrames: number,
  codec: CodecId,
): Uint8Array {
  const el = dataSet.elements.x7fe00010;
  if (!el?.encapsulatedPixelData)
    throw new PixelDecodeError("Compressed transfer syntax but Pixel Data is not encapsulated");
  const fragments: Fragment[] = el.fragments ?? [];
  if (fragments.length === 0) throw new PixelDecodeError("Encapsulated Pixel Data has no fragments");
  if (numberOfFrames === 1) return readEncapsulatedPixelDataFromFragments(dataSet, el, 0, fragments.length, fragments);
  const bot = extendedOffsetTable(dataSet) ?? el.basicOffsetTable ?? [];
  if (bot.length === numberOfFrames) {
    try {
      return readEncapsulatedImageFrame(dataSet, el, frameIndex, bot, fragments);
    } catch {
      // An offset table that does not match the fragments is ignored; fall back to the fragment layout.
    }
  }
  if (fragments.length === numberOfFrames)
    return readEncapsulatedPixelDataFromFragments(dataSet, el, frameIndex, 1, fragments);
  // No usable offset table and several fragments per frame: split where a new codestream starts.
  const starts: number[] = [];
  fragments.forEach((f, i) => {
    if (f.length >= 8 && isFrameStart(codec, dataSet.byteArray, f.position)) starts.push(i);
  });
  if (starts.length !== numberOfFrames || starts[0] !== 0) {
    throw new PixelDecodeError(
      `Cannot locate frame ${frameIndex + 1}: ${fragments.length} fragments, ${starts.length} frame starts, ${numberOfFrames} frames`,
    );
  }
  const first = starts[frameIndex]!;
  const next = starts[frameIndex + 1] ?? fragments.length;
  return readEncapsulatedPixelDataFromFragments(dataSet, el, first, next - first, fragments);
}
