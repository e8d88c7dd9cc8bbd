// configureCodecs/codecOptions: options start empty (embedded builds), later calls merge into earlier ones, and the
// caller's own object is copied, not kept.
import { describe, expect, it } from "vitest";
import { codecOptions, configureCodecs } from "./config";

describe("codec options", () => {
  it("start with no locateWasm, merge later calls, and can unset it again", () => {
    expect(codecOptions().locateWasm).toBeUndefined();
    const locate = (name: string) => `/dicom-codecs/${name}`;
    configureCodecs({ locateWasm: locate });
    expect(codecOptions().locateWasm?.("openjphjs.wasm")).toBe("/dicom-codecs/openjphjs.wasm");
    configureCodecs({}); // nothing given: nothing changed
    expect(codecOptions().locateWasm).toBe(locate);
    configureCodecs({ locateWasm: undefined });
    expect(codecOptions().locateWasm).toBeUndefined();
  });

  it("keeps a copy of what it was given", () => {
    const given: { locateWasm?: (n: string) => string } = { locateWasm: (n) => n };
    configureCodecs(given);
    given.locateWasm = undefined;
    expect(codecOptions().locateWasm).toBeDefined();
    configureCodecs({ locateWasm: undefined });
  });
});
