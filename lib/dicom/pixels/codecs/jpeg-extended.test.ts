// decodeJpegExtended on a real 12-bit JPEG (process 4) frame from the shared corpus (skipped without it): 12-bit
// samples in 16-bit containers at the image's size, pydicom's published values, and damaged streams refused.
import { describe, expect, it } from "vitest";
import { corpusFrame, HAS_CORPUS, samplesOf } from "../../test-utils/corpus-frames";
import { decodeJpegExtended } from "./jpeg-extended";

describe.skipIf(!HAS_CORPUS)("decodeJpegExtended", () => {
  it("decodes 12-bit greyscale to 2-byte samples that fit in 12 bits", async () => {
    const { encoded, info } = corpusFrame("debian-python3-pydicom/JPGExtended.dcm");
    expect(info).toMatchObject({ rows: 1024, columns: 256, bitsStored: 12 });
    const raw = await decodeJpegExtended(encoded, info);
    expect(raw).toMatchObject({ width: 256, height: 1024, components: 1, bytesPerSample: 2, precision: 12 });
    expect(raw.photometric).toBeUndefined(); // one component: nothing converted
    const samples = samplesOf(raw.bytes, 2);
    expect(samples).toHaveLength(256 * 1024);
    expect(samples.reduce((m, v) => Math.max(m, v), 0)).toBeLessThan(4096);
    // pydicom's reference values for this file (pixels_reference.py): (420, 140) = 244, (230, 120) = 95.
    expect([samples[420 * 256 + 140], samples[230 * 256 + 120]]).toEqual([244, 95]);
  });

  it("refuses a stream that is not JPEG, and one whose frame header is damaged, with libjpeg's reason", async () => {
    const { encoded, info } = corpusFrame("debian-python3-pydicom/JPGExtended.dcm");
    await expect(decodeJpegExtended(new Uint8Array(encoded.length), info)).rejects.toThrow(/Not a JPEG file/);
    const badHeader = encoded.slice();
    badHeader.fill(0xaa, 2, 40);
    await expect(decodeJpegExtended(badHeader, info)).rejects.toThrow(/ErrorExit/);
  });
});
