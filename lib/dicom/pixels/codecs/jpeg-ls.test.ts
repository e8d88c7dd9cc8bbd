// A JPEG-LS stream without its end-of-image marker is refused before CharLS runs (npm run fuzz found CharLS spending
// about a minute on such a damaged stream); complete streams are left to CharLS (the corpus decode suite covers them).
import { describe, expect, it } from "vitest";
import { PixelDecodeError } from "../types";
import { decodeJpegLs } from "./jpeg-ls";

const info = { rows: 2, columns: 2 } as Parameters<typeof decodeJpegLs>[1];
const head = [0xff, 0xd8, 0xff, 0xf7, 0x00, 0x0b, 0x08, 0x00, 0x02, 0x00, 0x02, 0x01, 0x01, 0x11, 0x00];

describe("decodeJpegLs", () => {
  it("refuses a stream that does not end with EOI, padding or not", async () => {
    for (const tail of [[0x12, 0x34], [0x12, 0x34, 0x00], [0xff]]) {
      await expect(decodeJpegLs(new Uint8Array([...head, ...tail]), info)).rejects.toThrow(PixelDecodeError);
      await expect(decodeJpegLs(new Uint8Array([...head, ...tail]), info)).rejects.toThrow(/end-of-image marker/);
    }
  });

  it("hands a stream ending with EOI (and its 00 padding) to CharLS", async () => {
    // Not a decodable image: CharLS itself fails on it, which shows the EOI check let it through.
    for (const tail of [
      [0xff, 0xd9],
      [0xff, 0xd9, 0x00],
    ]) {
      await expect(decodeJpegLs(new Uint8Array([...head, ...tail]), info)).rejects.not.toThrow(/end-of-image marker/);
    }
  });
});
