// Extracts one frame of uncompressed pixel data (LE/BE, 1/8/16/32-bit, float, YBR_FULL_422) as samples.
import type { DataSet, Element } from "dicom-parser";
import { normalizeStoredBits, samplesFromBytes, swapBytes } from "./bits";
import { EXPLICIT_VR_BIG_ENDIAN } from "../transfer-syntax";
import { PixelDecodeError, type CodecOutput, type ImageInfo } from "./types";
import { upsampleYbr422 } from "./ybr422";

function unpackBits(bytes: Uint8Array, bitOffset: number, count: number): Uint8Array {
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const bit = bitOffset + i;
    out[i] = (bytes[bit >> 3]! >> (bit & 7)) & 1;
  }
  return out;
}

function floatFrame(
  dataSet: DataSet,
  el: Element,
  bytesPerSample: 4 | 8,
  count: number,
  frameIndex: number,
  bigEndian: boolean,
): Float32Array {
  const start = el.dataOffset + frameIndex * count * bytesPerSample;
  const end = start + count * bytesPerSample;
  if (end > el.dataOffset + el.length || end > dataSet.byteArray.length)
    throw new PixelDecodeError("Float pixel data shorter than the frame size");
  const bytes = dataSet.byteArray.slice(start, end);
  if (bigEndian) swapBytes(bytes, bytesPerSample);
  if (bytesPerSample === 4) return new Float32Array(bytes.buffer, bytes.byteOffset, count);
  return Float32Array.from(new Float64Array(bytes.buffer, bytes.byteOffset, count));
}

/** Samples of frame `frameIndex` from native (7FE0,0010), Float (7FE0,0008) or Double Float (7FE0,0009) Pixel Data. */
export function readNativeFrame(dataSet: DataSet, info: ImageInfo, frameIndex: number): CodecOutput {
  const bigEndian = info.transferSyntax === EXPLICIT_VR_BIG_ENDIAN;
  const pixelsPerFrame = info.rows * info.columns;
  const floatEl = dataSet.elements.x7fe00008 ?? dataSet.elements.x7fe00009;
  const el = dataSet.elements.x7fe00010;
  if (!el && floatEl) {
    const size = floatEl.tag === "x7fe00009" ? 8 : 4;
    return { pixels: floatFrame(dataSet, floatEl, size, pixelsPerFrame * info.samplesPerPixel, frameIndex, bigEndian) };
  }
  if (!el) throw new PixelDecodeError("No Pixel Data element");
  if (el.encapsulatedPixelData) throw new PixelDecodeError("Encapsulated pixel data under a native transfer syntax");
  const available = Math.min(el.length, dataSet.byteArray.length - el.dataOffset);

  if (info.bitsAllocated === 1) {
    const bits = pixelsPerFrame * info.samplesPerPixel;
    const bitOffset = frameIndex * bits;
    if (Math.ceil((bitOffset + bits) / 8) > available)
      throw new PixelDecodeError("1-bit pixel data shorter than the frame size");
    let bytes = dataSet.byteArray.subarray(el.dataOffset, el.dataOffset + available);
    if (bigEndian && el.vr === "OW") swapBytes((bytes = bytes.slice()), 2);
    return { pixels: unpackBits(bytes, bitOffset, bits) };
  }

  const bytesPerSample = Math.ceil(info.bitsAllocated / 8);
  const is422 = info.photometric === "YBR_FULL_422" && info.samplesPerPixel === 3;
  const samples = is422 ? info.rows * Math.ceil(info.columns / 2) * 4 : pixelsPerFrame * info.samplesPerPixel;
  const frameBytes = samples * bytesPerSample;
  const start = el.dataOffset + frameIndex * frameBytes;
  if ((frameIndex + 1) * frameBytes > available)
    throw new PixelDecodeError(
      `Pixel data holds ${available} bytes; frame ${frameIndex + 1} needs ${(frameIndex + 1) * frameBytes}`,
    );
  const bytes = dataSet.byteArray.slice(start, start + frameBytes);
  // Big endian swaps each sample; 8-bit data sent as OW is swapped in 16-bit words.
  if (bigEndian) swapBytes(bytes, bytesPerSample > 1 ? bytesPerSample : el.vr === "OW" ? 2 : 1);
  const signed = info.pixelRepresentation === 1;
  const pixels = samplesFromBytes(bytes, info.bitsAllocated, signed, samples);
  normalizeStoredBits(pixels, info.bitsStored, info.highBit, signed);
  if (is422)
    return { pixels: upsampleYbr422(pixels, info.rows, info.columns), photometric: "YBR_FULL", planarConfiguration: 0 };
  return { pixels };
}
