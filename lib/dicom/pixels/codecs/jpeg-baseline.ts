// JPEG baseline 8-bit (1.2.840.10008.1.2.4.50) via libjpeg-turbo WASM, loaded on first use; libjpeg converts YCbCr to RGB.
import { emscriptenLoader, runDecoder } from "./emscripten";
import type { CodecDecode } from "./types";

const load = emscriptenLoader(
  () => import("@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs"),
  () => import("@cornerstonejs/codec-libjpeg-turbo-8bit/decode"),
);

export const decodeJpegBaseline: CodecDecode = async (encoded) => {
  const { info, bytes } = runDecoder(await load(), "JPEGDecoder", encoded);
  return {
    bytes,
    bytesPerSample: 1,
    width: info.width,
    height: info.height,
    components: info.componentCount,
    photometric: info.componentCount === 3 ? "RGB" : undefined,
    planarConfiguration: 0,
  };
};
