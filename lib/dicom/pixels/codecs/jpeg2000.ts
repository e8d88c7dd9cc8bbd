// JPEG 2000 (4.90/4.91) via OpenJPEG and HTJ2K (4.201-4.203) via OpenJPH, both WASM loaded on first use; both undo RCT/ICT.
import type { ImageInfo } from "../types";
import { emscriptenLoader, runDecoder, type EmscriptenModule } from "./emscripten";
import type { CodecDecode, RawFrame } from "./types";

const loadOpenJpeg = emscriptenLoader(
  () => import("@cornerstonejs/codec-openjpeg/decodewasmjs"),
  () => import("@cornerstonejs/codec-openjpeg/decode"),
);
// OpenJPH ships no single-file build: without locateWasm it looks for openjphjs.wasm beside its script.
const loadOpenJph = emscriptenLoader(() => import("@cornerstonejs/codec-openjph"));

function toRaw(mod: EmscriptenModule, className: string, encoded: Uint8Array, image: ImageInfo): RawFrame {
  const { info, bytes } = runDecoder(mod, className, encoded);
  const colourTransform = image.photometric === "YBR_RCT" || image.photometric === "YBR_ICT";
  return {
    bytes,
    bytesPerSample: info.bitsPerSample <= 8 ? 1 : info.bitsPerSample <= 16 ? 2 : 4,
    width: info.width,
    height: info.height,
    components: info.componentCount,
    precision: info.bitsPerSample,
    signed: info.isSigned === true,
    photometric: colourTransform && info.componentCount === 3 ? "RGB" : undefined,
    planarConfiguration: 0,
  };
}

export const decodeJpeg2000: CodecDecode = async (encoded, image) =>
  toRaw(await loadOpenJpeg(), "J2KDecoder", encoded, image);

export const decodeHtj2k: CodecDecode = async (encoded, image) =>
  toRaw(await loadOpenJph(), "HTJ2KDecoder", encoded, image);
