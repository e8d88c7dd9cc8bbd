import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { WASM_FILES } from "@/lib/dicom/pixels";
import { CODEC_WASM, OUT_DIR, copyCodecs } from "./copy-dicom-codecs.mjs";

describe("copy-dicom-codecs", () => {
  it("copies exactly the files the codecs ask for", () => {
    expect([...(CODEC_WASM as string[])].sort()).toEqual(WASM_FILES.map((f) => f.source).sort());
  });

  it("puts every .wasm in public/dicom-codecs under the name locateWasm is given, and is idempotent", () => {
    copyCodecs({ log: () => undefined });
    for (const f of WASM_FILES) {
      const file = path.join(OUT_DIR as string, f.fileName);
      expect(fs.existsSync(file)).toBe(true);
      expect(fs.readFileSync(file).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d])); // "\0asm"
    }
    expect(copyCodecs({ log: () => undefined })).toBe(0);
  });
});
