// JPEG lossless process 14 (4.57, 4.70) via the pure-JS jpeg-lossless-decoder-js, imported on first use.
import type { CodecDecode } from "./types";

let loaded: Promise<typeof import("jpeg-lossless-decoder-js")> | undefined;

export const decodeJpegLossless: CodecDecode = async (encoded, info) => {
  loaded ??= import("jpeg-lossless-decoder-js");
  const { Decoder } = await loaded;
  const bytesPerSample = info.bitsAllocated <= 8 ? 1 : 2;
  // The decoder reads through a DataView, so pass the exact window of the (possibly shared) buffer.
  const copy = encoded.slice();
  const decoder = new Decoder();
  const out = decoder.decode(copy.buffer, 0, copy.length, bytesPerSample);
  return {
    bytes: new Uint8Array(out.buffer, out.byteOffset, out.byteLength),
    bytesPerSample: out instanceof Uint16Array ? 2 : 1,
    width: info.columns,
    height: info.rows,
    components: info.samplesPerPixel,
    precision: decoder.precision,
    planarConfiguration: 0,
  };
};
