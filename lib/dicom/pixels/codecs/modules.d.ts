// Type declarations for the untyped codec packages (emscripten factories and jpeg-lossless-decoder-js, whose .d.ts is missing from the tarball).

declare module "@cornerstonejs/codec-charls/decode" {
  const factory: import("./emscripten").EmscriptenFactory;
  export default factory;
}
declare module "@cornerstonejs/codec-charls/decodewasmjs" {
  const factory: import("./emscripten").EmscriptenFactory;
  export default factory;
}
declare module "@cornerstonejs/codec-libjpeg-turbo-8bit/decode" {
  const factory: import("./emscripten").EmscriptenFactory;
  export default factory;
}
declare module "@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs" {
  const factory: import("./emscripten").EmscriptenFactory;
  export default factory;
}
declare module "@cornerstonejs/codec-openjpeg/decode" {
  const factory: import("./emscripten").EmscriptenFactory;
  export default factory;
}
declare module "@cornerstonejs/codec-openjpeg/decodewasmjs" {
  const factory: import("./emscripten").EmscriptenFactory;
  export default factory;
}
declare module "@cornerstonejs/codec-openjph" {
  const factory: import("./emscripten").EmscriptenFactory;
  export default factory;
}
declare module "jpeg-lossless-decoder-js" {
  export class Decoder {
    /** Sample precision from the SOF header, set by decode(). */
    precision: number;
    decode(buffer: ArrayBuffer, offset: number, length: number, numBytes?: number): Uint8Array | Uint16Array;
  }
}
