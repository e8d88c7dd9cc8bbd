// Instantiates cornerstone's emscripten codec modules once each, passing locateFile when the app serves the .wasm itself.
import { codecOptions } from "./config";

export interface EmscriptenFrameInfo {
  width: number;
  height: number;
  bitsPerSample: number;
  componentCount: number;
  isSigned?: boolean;
}

export interface EmscriptenDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  getDecodedBuffer(): Uint8Array;
  decode(): void;
  getFrameInfo(): EmscriptenFrameInfo;
  getInterleaveMode?(): number;
  getColorSpace?(): number;
  delete(): void;
}

export type EmscriptenModule = Record<string, new () => EmscriptenDecoder>;
export interface EmscriptenModuleArg {
  locateFile?: (path: string, prefix: string) => string;
  print?: (text: string) => void;
}
export type EmscriptenFactory = (moduleArg?: EmscriptenModuleArg) => Promise<EmscriptenModule>;

/** CJS modules arrive as `{ default: factory }` from Node ESM and bundlers; accept either shape. */
function factoryOf(mod: unknown): EmscriptenFactory {
  const m = mod as { default?: unknown };
  const f = typeof m.default === "function" ? m.default : mod;
  if (typeof f !== "function") throw new Error("Codec module did not export an emscripten factory");
  return f as EmscriptenFactory;
}

/** Memoised loader: `embedded` is used when no locateWasm is configured and the package has a single-file build. */
export function emscriptenLoader(
  separate: () => Promise<unknown>,
  embedded?: () => Promise<unknown>,
): () => Promise<EmscriptenModule> {
  let instance: Promise<EmscriptenModule> | undefined;
  return () => {
    if (!instance) {
      const locate = codecOptions().locateWasm;
      const load = !locate && embedded ? embedded : separate;
      // OpenJPEG prints an [INFO] line per header to stdout; errors still reach printErr.
      const arg: EmscriptenModuleArg = { print: () => undefined };
      if (locate) arg.locateFile = (path) => locate(path);
      instance = load().then((mod) => factoryOf(mod)(arg));
      instance.catch(() => (instance = undefined));
    }
    return instance;
  };
}

/** Runs one decode on a fresh decoder object and copies the result out of wasm memory. */
export function runDecoder(mod: EmscriptenModule, className: string, encoded: Uint8Array) {
  const Ctor = mod[className];
  if (!Ctor) throw new Error(`Codec module has no ${className}`);
  const decoder = new Ctor();
  try {
    decoder.getEncodedBuffer(encoded.length).set(encoded);
    try {
      decoder.decode();
    } catch (e) {
      // A C++ exception reaches JS as a bare number (a pointer into wasm memory), which means nothing in a reason.
      if (e instanceof Error) throw e;
      throw new Error(`${className} aborted: the codestream is damaged or not supported`);
    }
    const info = decoder.getFrameInfo();
    // OpenJPEG and OpenJPH report a damaged header by decoding nothing instead of throwing.
    if (!(info.width > 0 && info.height > 0)) throw new Error(`${className} found no image in the codestream`);
    const interleave = decoder.getInterleaveMode?.();
    return { info, interleave, bytes: decoder.getDecodedBuffer().slice() };
  } finally {
    decoder.delete();
  }
}
