// configureCodecs({ locateWasm }) makes every WASM codec load its .wasm from the given location (the browser-bundling path).
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { HAS_CORPUS, loadCorpusFile } from "../test-corpus";
import { WASM_FILES } from "./wasm-files";

describe.skipIf(!HAS_CORPUS)("locateWasm", () => {
  it("is asked for each codec's .wasm and decoding still matches", async () => {
    vi.resetModules(); // fresh codec loaders, so none is already instantiated from the embedded builds
    const { configureCodecs } = await import("./config");
    const { decodeFrame } = await import("../decode-frame");
    const dcmjs = (await import("dcmjs-codecs")) as unknown as { default: typeof import("dcmjs-codecs") };
    const dcmjsAlreadyLoaded = dcmjs.default.NativeCodecs.isInitialized();
    const requested: string[] = [];
    configureCodecs({
      locateWasm: (name) => {
        requested.push(name);
        const file = WASM_FILES.find((f) => f.fileName === name);
        if (!file) throw new Error(`unexpected wasm ${name}`);
        return path.resolve("node_modules", file.source);
      },
    });
    try {
      const decode = async (file: string) => {
        const ds = loadCorpusFile(`valid/files/${file}`);
        return decodeFrame(ds, ds.byteArray, 0);
      };
      const reference = await decode("dcm_qa_ts/1.dcm");
      for (const file of ["dcm_qa_ts/7.dcm", "dcm_qa_ts/9.dcm"])
        expect(Array.from((await decode(file)).pixels)).toEqual(Array.from(reference.pixels));
      expect((await decode("debian-python3-pydicom/SC_rgb_jpeg_dcmtk.dcm")).photometric).toBe("RGB");
      expect((await decode("pydicom-data/HTJ2K_08_RGB.dcm")).pixels.length).toBe(480 * 640 * 3);
      const extended = await decode("debian-python3-pydicom/JPGExtended.dcm");
      expect(extended.pixels[420 * 256 + 140]).toBe(244);
      const expected = [
        "charlswasm_decode.wasm",
        "openjpegwasm_decode.wasm",
        "libjpegturbowasm_decode.wasm",
        "openjphjs.wasm",
      ];
      if (!dcmjsAlreadyLoaded) expected.push("dcmjs-native-codecs.wasm");
      expect([...new Set(requested)].sort()).toEqual(expected.sort());
    } finally {
      configureCodecs({ locateWasm: undefined });
      vi.resetModules();
    }
  });
});
