// emscriptenLoader and runDecoder. The loader is given stand-in package imports (so the test sees which build it
// picks, what it passes, and when it loads again); runDecoder runs the real libjpeg-turbo module on a corpus frame and
// stand-in decoders for the failure paths (a bare-number C++ exception, an empty decode), always freeing the decoder.
import { describe, expect, it } from "vitest";
import { corpusFrame, HAS_CORPUS } from "../../test-utils/corpus-frames";
import { configureCodecs } from "./config";
import {
  emscriptenLoader,
  runDecoder,
  type EmscriptenDecoder,
  type EmscriptenFrameInfo,
  type EmscriptenModule,
  type EmscriptenModuleArg,
} from "./emscripten";

function factory(seen: EmscriptenModuleArg[], mod: EmscriptenModule = {}) {
  return async (arg?: EmscriptenModuleArg) => {
    seen.push(arg ?? {});
    return mod;
  };
}

describe("emscriptenLoader", () => {
  it("uses the embedded build when no locateWasm is set, instantiates once, and silences print", async () => {
    const separate: EmscriptenModuleArg[] = [];
    const embedded: EmscriptenModuleArg[] = [];
    const load = emscriptenLoader(
      async () => factory(separate),
      async () => ({ default: factory(embedded) }), // CommonJS shape through ESM import
    );
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    await load();
    expect(separate).toEqual([]);
    expect(embedded).toHaveLength(1);
    expect(embedded[0]!.locateFile).toBeUndefined();
    expect(typeof embedded[0]!.print).toBe("function");
  });

  it("uses the separate build with locateFile when locateWasm is set, or when there is no embedded build", async () => {
    const seen: EmscriptenModuleArg[] = [];
    configureCodecs({ locateWasm: (name) => `/codecs/${name}` });
    try {
      await emscriptenLoader(
        async () => factory(seen),
        async () => factory([]),
      )();
    } finally {
      configureCodecs({ locateWasm: undefined });
    }
    expect(seen[0]!.locateFile?.("x_decode.wasm", "/ignored/prefix/")).toBe("/codecs/x_decode.wasm");

    const only: EmscriptenModuleArg[] = [];
    await emscriptenLoader(async () => factory(only))();
    expect(only).toHaveLength(1);
    expect(only[0]!.locateFile).toBeUndefined();
  });

  it("tries again on the next call after a failed load, and refuses a package that exports no factory", async () => {
    let calls = 0;
    const load = emscriptenLoader(async () => {
      calls++;
      if (calls === 1) throw new Error("network down");
      return factory([]);
    });
    await expect(load()).rejects.toThrow("network down");
    await expect(load()).resolves.toEqual({});
    expect(calls).toBe(2);

    await expect(emscriptenLoader(async () => ({ default: 42 }))()).rejects.toThrow(
      "Codec module did not export an emscripten factory",
    );
  });
});

/** A stand-in decoder class: `behaviour` decides what decode() does and which frame info it reports. */
function fakeModule(behaviour: { decode?: () => void; info?: EmscriptenFrameInfo; out?: Uint8Array }) {
  const log = { deleted: 0, encoded: [] as number[][] };
  class Decoder implements EmscriptenDecoder {
    private input = new Uint8Array(0);
    getEncodedBuffer(length: number) {
      this.input = new Uint8Array(length);
      return this.input;
    }
    getDecodedBuffer() {
      return behaviour.out ?? new Uint8Array(0);
    }
    decode() {
      log.encoded.push(Array.from(this.input));
      behaviour.decode?.();
    }
    getFrameInfo() {
      return behaviour.info ?? { width: 0, height: 0, bitsPerSample: 0, componentCount: 0 };
    }
    delete() {
      log.deleted++;
    }
  }
  return { mod: { Decoder } as EmscriptenModule, log };
}

describe("runDecoder", () => {
  it.skipIf(!HAS_CORPUS)("decodes a real frame and copies the pixels out of wasm memory", async () => {
    const load = emscriptenLoader(
      () => import("@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs"),
      () => import("@cornerstonejs/codec-libjpeg-turbo-8bit/decode"),
    );
    const mod = await load();
    const { encoded } = corpusFrame("debian-python3-pydicom/SC_rgb_jpeg_dcmtk.dcm");
    const first = runDecoder(mod, "JPEGDecoder", encoded);
    expect(first.info).toMatchObject({ width: 100, height: 100, componentCount: 3, bitsPerSample: 8 });
    expect(first.bytes.length).toBe(100 * 100 * 3);
    const copy = first.bytes.slice();
    // A second decode reuses wasm memory: the first result must be a copy, untouched by it.
    runDecoder(mod, "JPEGDecoder", encoded.subarray(0, encoded.length));
    expect(Buffer.from(first.bytes).equals(Buffer.from(copy))).toBe(true);
  });

  it("hands the codec the encoded bytes, returns a copy of its output, and frees the decoder", () => {
    const out = new Uint8Array([1, 2, 3, 4]);
    const info = { width: 2, height: 2, bitsPerSample: 8, componentCount: 1 };
    const { mod, log } = fakeModule({ info, out });
    const r = runDecoder(mod, "Decoder", new Uint8Array([9, 8, 7]));
    expect(log.encoded).toEqual([[9, 8, 7]]);
    expect(r.info).toEqual(info);
    expect(Array.from(r.bytes)).toEqual([1, 2, 3, 4]);
    out[0] = 99;
    expect(r.bytes[0]).toBe(1);
    expect(log.deleted).toBe(1);
  });

  it("turns a bare-number C++ exception into an Error naming the decoder, and frees it", () => {
    const { mod, log } = fakeModule({
      decode: () => {
        throw 87448; // what an emscripten build throws for a C++ exception
      },
    });
    expect(() => runDecoder(mod, "Decoder", new Uint8Array(4))).toThrow(
      new Error("Decoder aborted: the codestream is damaged or not supported"),
    );
    expect(log.deleted).toBe(1);
  });

  it("passes a real Error through unchanged", () => {
    const { mod } = fakeModule({
      decode: () => {
        throw new Error("codec says no");
      },
    });
    expect(() => runDecoder(mod, "Decoder", new Uint8Array(4))).toThrow("codec says no");
  });

  it("refuses a decode that produced no image (how OpenJPEG reports a damaged header)", () => {
    const { mod, log } = fakeModule({ info: { width: 0, height: 0, bitsPerSample: 16, componentCount: 1 } });
    expect(() => runDecoder(mod, "Decoder", new Uint8Array(4))).toThrow("Decoder found no image in the codestream");
    expect(log.deleted).toBe(1);
  });

  it("names a class the module does not have", () => {
    expect(() => runDecoder({}, "J2KDecoder", new Uint8Array(1))).toThrow("Codec module has no J2KDecoder");
  });
});
