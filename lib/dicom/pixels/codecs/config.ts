// Where codec WebAssembly comes from, set once by the app (browser worker) and left at defaults in Node tests.

export interface CodecOptions {
  /**
   * Returns the URL (browser) or path (Node) of a codec's .wasm file, given its file name
   * (see WASM_FILES in wasm-files.ts). When set, the codecs load their separate .wasm builds
   * (smaller JS, streaming compile); when unset, the single-file builds with the wasm embedded
   * as base64 are used (no files to serve). OpenJPH and dcmjs-codecs have no embedded build:
   * without this option they look next to their own script (works in Node, not in a bundle).
   */
  locateWasm?: (fileName: string) => string;
}

let current: CodecOptions = {};

/** Set codec loading options; call before the first decode (already-loaded codecs keep their instance). */
export function configureCodecs(options: CodecOptions): void {
  current = { ...current, ...options };
}

export function codecOptions(): Readonly<CodecOptions> {
  return current;
}
