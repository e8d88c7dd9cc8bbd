// What the decoder reads from the one transfer-syntax table, pinned syntax by syntax.
import { describe, expect, it } from "vitest";
import {
  codecForTransferSyntax,
  isLossyTransferSyntax,
  isNativeTransferSyntax,
  isSupportedTransferSyntax,
} from "./transfer-syntax";

const P = "1.2.840.10008.1.2";

describe("decoder view of the transfer-syntax table", () => {
  it("native: implicit/explicit little endian, deflated, big endian - not JPIP references", () => {
    expect([`${P}`, `${P}.1`, `${P}.1.99`, `${P}.2`].every(isNativeTransferSyntax)).toBe(true);
    expect(isNativeTransferSyntax(`${P}.4.94`)).toBe(false);
    expect(isNativeTransferSyntax(`${P}.1.98`)).toBe(false); // encapsulated uncompressed
    expect(isNativeTransferSyntax("1.2.3")).toBe(false);
  });

  it("maps each decodable syntax to its decoder, and nothing else", () => {
    expect(
      Object.fromEntries(
        [
          ".4.50",
          ".4.51",
          ".4.53",
          ".4.57",
          ".4.70",
          ".4.80",
          ".4.81",
          ".4.90",
          ".4.91",
          ".4.92",
          ".4.201",
          ".4.202",
          ".4.203",
          ".5",
          ".4.100",
        ].map((s) => [s, codecForTransferSyntax(P + s)]),
      ),
    ).toEqual({
      ".4.50": "jpeg-baseline",
      ".4.51": "jpeg-extended",
      ".4.53": undefined,
      ".4.57": "jpeg-lossless",
      ".4.70": "jpeg-lossless",
      ".4.80": "jpeg-ls",
      ".4.81": "jpeg-ls",
      ".4.90": "j2k",
      ".4.91": "j2k",
      ".4.92": undefined,
      ".4.201": "htj2k",
      ".4.202": "htj2k",
      ".4.203": "htj2k",
      ".5": "rle",
      ".4.100": undefined,
    });
  });

  it("lossy and supported", () => {
    expect([".4.50", ".4.51", ".4.81", ".4.91", ".4.203"].every((s) => isLossyTransferSyntax(P + s))).toBe(true);
    expect([".4.57", ".4.70", ".4.80", ".4.90", ".4.201", ".5", ".1"].some((s) => isLossyTransferSyntax(P + s))).toBe(
      false,
    );
    expect(isSupportedTransferSyntax(`${P}.4.90`)).toBe(true);
    expect(isSupportedTransferSyntax(`${P}.4.100`)).toBe(false);
    expect(isSupportedTransferSyntax(`${P}.4.50\0`)).toBe(true); // padding ignored, as in the validator
  });
});
