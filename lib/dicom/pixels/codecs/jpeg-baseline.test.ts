// decodeJpegBaseline on real 8-bit JPEG frames from the shared corpus (skipped without it): the size and layout the
// codec reports, YCbCr converted to RGB, values close to the same image stored losslessly, and damaged streams refused.
import { describe, expect, it } from "vitest";
import { corpusFrame, HAS_CORPUS, nativeSamples } from "../../test-utils/corpus-frames";
import { decodeJpegBaseline } from "./jpeg-baseline";

describe.skipIf(!HAS_CORPUS)("decodeJpegBaseline", () => {
  it("decodes a YBR_FULL colour frame to 8-bit interleaved RGB, close to the lossless original", async () => {
    const { encoded, info } = corpusFrame("debian-python3-pydicom/SC_rgb_jpeg_dcmtk.dcm");
    expect(info.photometric).toBe("YBR_FULL");
    const raw = await decodeJpegBaseline(encoded, info);
    expect(raw).toMatchObject({ width: 100, height: 100, components: 3, bytesPerSample: 1, photometric: "RGB" });
    expect(raw.planarConfiguration).toBe(0);
    expect(raw.bytes.length).toBe(100 * 100 * 3);
    // The same 10 colour bands, RLE-compressed (lossless) in SC_rgb_rle_2frame.dcm: the lossy JPEG stays within a few
    // levels of it in the middle of each band (row 5, 15, ... 95); pydicom's reference decode is off by up to 5 there
    // (green band: 0, 255, 5), so more than 6 would mean a wrong colour conversion, not compression loss.
    const original = await nativeSamples("debian-python3-pydicom/SC_rgb_rle_2frame.dcm");
    for (let row = 5; row < 100; row += 10) {
      for (let s = 0; s < 3; s++) {
        const i = (row * 100 + 50) * 3 + s;
        expect(Math.abs(raw.bytes[i]! - original[i]!), `row ${row} sample ${s}`).toBeLessThanOrEqual(6);
      }
    }
  });

  it("decodes a frame stored as RGB without a colour transform", async () => {
    const { encoded, info } = corpusFrame("debian-python3-pydicom/SC_jpeg_no_color_transform.dcm");
    const raw = await decodeJpegBaseline(encoded, info);
    expect(raw).toMatchObject({ width: 256, height: 256, components: 3, bytesPerSample: 1 });
    expect(raw.bytes.length).toBe(256 * 256 * 3);
  });

  it("gives the same pixels when run again (each call uses a fresh decoder)", async () => {
    const { encoded, info } = corpusFrame("debian-python3-pydicom/SC_rgb_jpeg_dcmtk.dcm");
    const a = await decodeJpegBaseline(encoded, info);
    const b = await decodeJpegBaseline(encoded, info);
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
  });

  it("refuses a damaged stream with an Error that says so", async () => {
    const { encoded, info } = corpusFrame("debian-python3-pydicom/SC_rgb_jpeg_dcmtk.dcm");
    const zeros = new Uint8Array(encoded.length);
    const badHeader = encoded.slice();
    badHeader.fill(0xaa, 2, 40); // SOI kept, the tables after it overwritten
    for (const bad of [zeros, badHeader, encoded.subarray(0, 100)]) {
      await expect(decodeJpegBaseline(bad, info)).rejects.toThrow(/^JPEGDecoder aborted: the codestream is damaged/);
    }
  });
});
