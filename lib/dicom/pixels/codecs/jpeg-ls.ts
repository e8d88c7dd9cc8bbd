// JPEG-LS lossless/near-lossless (4.80, 4.81) via CharLS WASM, loaded on first use.
import { emscriptenLoader, runDecoder } from "./emscripten";
import type { CodecDecode } from "./types";

const load = emscriptenLoader(
  () => import("@cornerstonejs/codec-charls/decodewasmjs"),
  () => import("@cornerstonejs/codec-charls/decode"),
);

export const decodeJpegLs: CodecDecode = async (encoded) => {
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
