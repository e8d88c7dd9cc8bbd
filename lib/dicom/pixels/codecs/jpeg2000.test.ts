// decodeJpeg2000 and decodeHtj2k on real frames from the shared corpus (skipped without it): lossless codestreams
// decode to exactly the uncompressed image (signed and unsigned, one frame of a multi-frame file), colour-transformed
// codestreams come back as RGB, and damaged codestreams are refused rather than decoded to nothing.
import { describe, expect, it } from "vitest";
import { corpusFrame, HAS_CORPUS, nativeSamples, samplesOf } from "../../test-utils/corpus-frames";
import { decodeHtj2k, decodeJpeg2000 } from "./jpeg2000";

describe.skipIf(!HAS_CORPUS)("decodeJpeg2000", () => {
  it.each([
    // [compressed, the same image uncompressed, frame]
    ["debian-python3-pydicom/MR_small_jp2klossless.dcm", "debian-python3-pydicom/MR_small.dcm", 0, true],
    ["pydicom-data/emri_small_jpeg_2k_lossless.dcm", "pydicom-data/emri_small.dcm", 3, false],
    ["dcm_qa_ts/9.dcm", "dcm_qa_ts/1.dcm", 0, false],
  ] as const)("decodes lossless %s to exactly %s (frame %i)", async (file, reference, frame, signed) => {
    const { encoded, info } = corpusFrame(file, frame);
    const raw = await decodeJpeg2000(encoded, info);
    expect(raw).toMatchObject({ width: info.columns, height: info.rows, components: 1, bytesPerSample: 2, signed });
    expect(raw.photometric).toBeUndefined();
    const samples = samplesOf(raw.bytes, 2, signed);
    const original = await nativeSamples(reference, frame);
    expect(samples.length).toBe(original.length);
    expect(samples.findIndex((v, i) => v !== original[i])).toBe(-1);
  });

  it("reports RGB for a YBR_RCT codestream, whose colour transform OpenJPEG undoes", async () => {
    const { encoded, info } = corpusFrame("debian-python3-pydicom/GDCMJ2K_TextGBR.dcm");
    expect(info.photometric).toBe("YBR_RCT");
    const raw = await decodeJpeg2000(encoded, info);
    expect(raw).toMatchObject({ components: 3, photometric: "RGB", width: info.columns, height: info.rows });
    expect(raw.bytes.length).toBe(info.columns * info.rows * 3 * raw.bytesPerSample);
  });

  it("refuses a damaged codestream instead of returning an empty image", async () => {
    const { encoded, info } = corpusFrame("debian-python3-pydicom/MR_small_jp2klossless.dcm");
    const badHeader = encoded.slice();
    badHeader.fill(0xaa, 2, 40);
    for (const bad of [new Uint8Array(encoded.length), badHeader, encoded.subarray(0, 20)]) {
      await expect(decodeJpeg2000(bad, info)).rejects.toThrow("J2KDecoder found no image in the codestream");
    }
  });
});

describe.skipIf(!HAS_CORPUS)("decodeHtj2k", () => {
  it("decodes an 8-bit RGB frame at its size", async () => {
    const { encoded, info } = corpusFrame("pydicom-data/HTJ2K_08_RGB.dcm");
    const raw = await decodeHtj2k(encoded, info);
    expect(raw).toMatchObject({ width: 640, height: 480, components: 3, bytesPerSample: 1, precision: 8 });
    expect(raw.bytes.length).toBe(640 * 480 * 3);
    // The dataset says RGB already: no colour transform to report.
    expect(raw.photometric).toBeUndefined();
  });

  it("refuses a damaged codestream", async () => {
    const { encoded, info } = corpusFrame("pydicom-data/HTJ2K_08_RGB.dcm");
    await expect(decodeHtj2k(new Uint8Array(64), info)).rejects.toThrow("HTJ2KDecoder found no image");
    const badHeader = encoded.slice();
    badHeader.fill(0xaa, 2, 40);
    await expect(decodeHtj2k(badHeader, info)).rejects.toThrow("HTJ2KDecoder found no image");
  });
});
