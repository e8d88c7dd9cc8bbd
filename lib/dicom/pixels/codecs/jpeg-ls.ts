// JPEG-LS lossless/near-lossless (4.80, 4.81) via CharLS WASM, loaded on first use.
import { emscriptenLoader, runDecoder } from "./emscripten";
import { PixelDecodeError } from "../types";
import type { CodecDecode } from "./types";

/** Fragment padding after the end-of-image marker: a 00 to even length, occasionally a few more. */
const MAX_TRAILING_PADDING = 16;

/**
 * True when the stream ends with EOI (FF D9), allowing trailing 00 padding. `npm run fuzz` found that CharLS spends
 * about a minute failing on a damaged stream that also lacks its EOI, freezing the decode worker; a stream without its
 * end marker is truncated or damaged anyway, so it is refused before CharLS sees it.
 */
function endsWithEoi(b: Uint8Array): boolean {
  let end = b.length;
  while (end > 0 && b.length - end < MAX_TRAILING_PADDING && b[end - 1] === 0x00) end--;
  return end >= 2 && b[end - 2] === 0xff && b[end - 1] === 0xd9;
}

const load = emscriptenLoader(
  () => import("@cornerstonejs/codec-charls/decodewasmjs"),
  () => import("@cornerstonejs/codec-charls/decode"),
);

export const decodeJpegLs: CodecDecode = async (encoded) => {
  if (!endsWithEoi(encoded))
    throw new PixelDecodeError("JPEG-LS stream has no end-of-image marker (FF D9): it is truncated or damaged");
  const { info, interleave, bytes } = runDecoder(await load(), "JpegLSDecoder", encoded);
  return {
    bytes,
    bytesPerSample: info.bitsPerSample <= 8 ? 1 : 2,
    width: info.width,
    height: info.height,
    components: info.componentCount,
    precision: info.bitsPerSample,
    // CharLS keeps the stream's layout: interleave mode 0 ("none") yields one plane per component.
    planarConfiguration: info.componentCount > 1 && interleave === 0 ? 1 : 0,
  };
};
