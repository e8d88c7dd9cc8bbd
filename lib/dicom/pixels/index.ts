// Public API of the framework-free DICOM pixel layer (decode in a worker or Node, render to RGBA for a canvas).
export { decodeFrame } from "./decode-frame";
export { readImageInfo } from "./image-info";
export { pakoInflater, parseDicomWithInflater } from "./inflater";
export { configureCodecs, type CodecOptions } from "./codecs/config";
export { WASM_FILES } from "./codecs/wasm-files";
export {
  codecForTransferSyntax,
  isLossyTransferSyntax,
  isNativeTransferSyntax,
  isSupportedTransferSyntax,
  type CodecId,
} from "./transfer-syntax";
export { PixelDecodeError, type DecodedFrame, type ImageInfo, type PixelArray } from "./types";
export * from "./display";
export { readDisplayParams, displayOptionsFrom, type DisplayParams } from "./display-params";
export { sampleRange, type SampleRange } from "./frame-stats";
export { WINDOW_PRESETS, presetWindow, percentileWindow, type PresetId, type WindowPreset } from "./presets";
