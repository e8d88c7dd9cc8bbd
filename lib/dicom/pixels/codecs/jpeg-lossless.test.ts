// decodeJpegLossless on real process 14 frames from the shared corpus (skipped without it): lossless, so a frame
// decodes to exactly the samples of the same image stored uncompressed; 8- and 16-bit containers; a frame that is a
// window of a larger buffer; damaged streams refused.
import { describe, expect, it } from "vitest";
import { corpusFrame, HAS_CORPUS, nativeSamples, samplesOf } from "../../test-utils/corpus-frames";
import { decodeJpegLossless } from "./jpeg-lossless";

describe.skipIf(!HAS_CORPUS)("decodeJpegLossless", () => {
  it("decodes 16-bit frames (SV1 and another predictor) to exactly the uncompressed image", async () => {
    // dcm_qa_ts holds one image in every transfer syntax: 1.dcm is explicit VR little endian, 5 and 6 are 4.70.
    const original = await nativeSamples("dcm_qa_ts/1.dcm");
    for (const file of ["dcm_qa_ts/5.dcm", "dcm_qa_ts/6.dcm"]) {
      const { encoded, info } = corpusFrame(file);
      const raw = await decodeJpegLossless(encoded, info);
      expect(raw).toMatchObject({ width: 384, height: 384, components: 1, bytesPerSample: 2 });
      const samples = samplesOf(raw.bytes, 2);
      expect(samples.length).toBe(original.length);
      expect(
        samples.findIndex((v, i) => v !== original[i]),
        file,
      ).toBe(-1);
    }
  });

  it("decodes an 8-bit frame to 1-byte samples (pydicom's reference values)", async () => {
    const { encoded, info } = corpusFrame("pydicom-data/JPGLosslessP14SV1_1s_1f_8b.dcm");
    const raw = await decodeJpegLossless(encoded, info);
    expect(raw).toMatchObject({ width: 1024, height: 768, bytesPerSample: 1, precision: 8 });
    expect(raw.bytes.length).toBe(1024 * 768);
    expect(Array.from(raw.bytes.subarray(300 * 1024 + 512, 300 * 1024 + 520))).toEqual([
      26, 26, 25, 22, 19, 16, 14, 15,
    ]);
  });

  it("reads only its window of a larger buffer", async () => {
    const { encoded, info } = corpusFrame("dcm_qa_ts/5.dcm");
    const big = new Uint8Array(encoded.length + 64).fill(0x5a);
    big.set(encoded, 32);
    const windowed = await decodeJpegLossless(big.subarray(32, 32 + encoded.length), info);
    const plain = await decodeJpegLossless(encoded, info);
    expect(Buffer.from(windowed.bytes).equals(Buffer.from(plain.bytes))).toBe(true);
  });

  it("refuses a stream that is not JPEG, and one with a damaged header", async () => {
    const { encoded, info } = corpusFrame("dcm_qa_ts/5.dcm");
    await expect(decodeJpegLossless(new Uint8Array(encoded.length), info)).rejects.toThrow(/Not a JPEG file/);
    const badHeader = encoded.slice();
    badHeader.fill(0xaa, 2, 40);
    await expect(decodeJpegLossless(badHeader, info)).rejects.toThrow();
  });
});
