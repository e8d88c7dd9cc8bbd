// The .wasm files a browser build must serve when configureCodecs({ locateWasm }) is used, and where each comes from in node_modules.

export interface WasmFile {
  /** Name the codec asks locateWasm for. */
  fileName: string;
  /** Path under node_modules to copy it from (e.g. into public/dicom-codecs/). */
  source: string;
  transferSyntaxes: string[];
}

export const WASM_FILES: readonly WasmFile[] = [
  {
    fileName: "libjpegturbowasm_decode.wasm",
    source: "@cornerstonejs/codec-libjpeg-turbo-8bit/dist/libjpegturbowasm_decode.wasm",
    transferSyntaxes: ["1.2.840.10008.1.2.4.50"],
  },
  {
    fileName: "charlswasm_decode.wasm",
    source: "@cornerstonejs/codec-charls/dist/charlswasm_decode.wasm",
    transferSyntaxes: ["1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81"],
  },
  {
    fileName: "openjpegwasm_decode.wasm",
    source: "@cornerstonejs/codec-openjpeg/dist/openjpegwasm_decode.wasm",
    transferSyntaxes: ["1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91"],
  },
  {
    fileName: "openjphjs.wasm",
    source: "@cornerstonejs/codec-openjph/dist/openjphjs.wasm",
    transferSyntaxes: ["1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203"],
  },
  {
    fileName: "dcmjs-native-codecs.wasm",
    source: "dcmjs-codecs/build/dcmjs-native-codecs.wasm",
    transferSyntaxes: ["1.2.840.10008.1.2.4.51"],
  },
];
