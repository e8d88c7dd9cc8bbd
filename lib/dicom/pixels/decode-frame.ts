// Decodes one frame of any supported transfer syntax to typed samples; the single entry point for the worker and tests.
import type { ByteArray, DataSet } from "dicom-parser";
import { convertContainer, normalizeStoredBits, samplesFromBytes } from "./bits";
import { CODECS } from "./codecs";
import type { RawFrame } from "./codecs/types";
import { readEncapsulatedFrame } from "./encapsulated-frame";
import { readImageInfo } from "./image-info";
import { readNativeFrame } from "./native-frame";
import { codecForTransferSyntax, isNativeTransferSyntax } from "./transfer-syntax";
import { PixelDecodeError, type CodecOutput, type DecodedFrame, type ImageInfo } from "./types";

function fromRaw(raw: RawFrame, info: ImageInfo): CodecOutput {
  if (raw.width !== info.columns || raw.height !== info.rows) {
    throw new PixelDecodeError(`Codec returned ${raw.width}x${raw.height}; dataset says ${info.columns}x${info.rows}`);
  }
  if (raw.components !== info.samplesPerPixel) {
    throw new PixelDecodeError(
      `Codec returned ${raw.components} samples per pixel; dataset says ${info.samplesPerPixel}`,
    );
  }
  const count = info.rows * info.columns * raw.components;
  if (raw.bytes.length < count * raw.bytesPerSample)
    throw new PixelDecodeError("Codec returned fewer bytes than the frame needs");
  const signed = info.pixelRepresentation === 1 || raw.signed === true;
  const codecSamples = samplesFromBytes(raw.bytes, raw.bytesPerSample * 8, raw.signed === true, count);
  const pixels = convertContainer(codecSamples, Math.max(info.bitsAllocated, raw.bytesPerSample * 8), signed);
  // Codecs return signed data as unsigned bit patterns unless they say otherwise: sign-extend from the codestream precision.
  if (signed && !raw.signed)
    normalizeStoredBits(pixels, raw.precision ?? info.bitsStored, (raw.precision ?? info.bitsStored) - 1, true);
  return {
    pixels,
    photometric: raw.photometric,
    planarConfiguration: raw.planarConfiguration,
    signedByCodec: raw.signed,
  };
}

/**
 * Decode frame `frameIndex` (0-based) of a parsed instance.
 * Offsets are read from `dataSet.byteArray` (the inflated bytes for deflated files); `byteArray` is accepted for
 * callers that keep the file bytes separately and is used only when the dataset carries none.
 */
export async function decodeFrame(dataSet: DataSet, byteArray?: ByteArray, frameIndex = 0): Promise<DecodedFrame> {
  if (!dataSet.byteArray && byteArray) dataSet.byteArray = byteArray;
  const info = readImageInfo(dataSet);
  if (!Number.isInteger(frameIndex) || frameIndex < 0 || frameIndex >= info.numberOfFrames) {
    throw new PixelDecodeError(`Frame ${frameIndex} out of range (0..${info.numberOfFrames - 1})`);
  }
  let out: CodecOutput;
  if (isNativeTransferSyntax(info.transferSyntax)) {
    out = readNativeFrame(dataSet, info, frameIndex);
  } else {
    const codec = codecForTransferSyntax(info.transferSyntax);
    if (!codec) throw new PixelDecodeError(`Unsupported transfer syntax ${info.transferSyntax}`);
    const encoded = readEncapsulatedFrame(dataSet, frameIndex, info.numberOfFrames, codec);
    let raw: RawFrame;
    try {
      raw = await CODECS[codec](encoded, info);
    } catch (e) {
      if (e instanceof PixelDecodeError) throw e;
      throw new PixelDecodeError(`${codec} decode failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    out = fromRaw(raw, info);
  }
  const isFloat = out.pixels instanceof Float32Array;
  return {
    rows: info.rows,
    columns: info.columns,
    samplesPerPixel: info.samplesPerPixel,
    photometric: out.photometric ?? info.photometric,
    bitsAllocated: isFloat ? 32 : info.bitsAllocated === 1 ? 1 : out.pixels.BYTES_PER_ELEMENT * 8,
    bitsStored: isFloat ? 32 : info.bitsStored,
    pixelRepresentation: isFloat
      ? 0
      : out.pixels instanceof Int8Array || out.pixels instanceof Int16Array || out.pixels instanceof Int32Array
        ? 1
        : 0,
    planarConfiguration: info.samplesPerPixel > 1 ? (out.planarConfiguration ?? info.planarConfiguration) : 0,
    pixels: out.pixels,
  };
}
