// refuseUndecodable: a file with tolerated breaches is accepted only when its first frame really decodes; files with
// no breach, or no pixels, are accepted without decoding. Frames are real: dcmjs-native pixels and hand-made RLE.
import { describe, expect, it } from "vitest";
import { parseDicomFile } from "./parse-file";
import { buildPart10, mrDataset } from "./test-utils/build-dicom";
import { rleFrame16, TS_RLE, withEncapsulatedPixels } from "./test-utils/encapsulated";
import { refuseUndecodable } from "./tolerate";

function parsed(bytes: Uint8Array, tolerated: string[]) {
  const r = parseDicomFile(bytes);
  if (!r.ok) throw new Error(r.reason);
  r.summary.tolerated.push(...tolerated);
  return r;
}
const SAMPLES = Array.from({ length: 16 }, (_, i) => i * 100);
const BREACHES = ['NumberOfFrames is "1A", not an integer; read as 1', "UID x", "UID y"];

describe("refuseUndecodable", () => {
  it("accepts a file without breaches, even one whose pixels would not decode (it does not try)", async () => {
    const short = parsed(buildPart10(mrDataset({ PixelData: [new Uint8Array(4).buffer] })), []);
    expect(await refuseUndecodable(short.dataSet, short.summary)).toBeNull();
  });

  it("accepts a file with breaches but no pixel data", async () => {
    const sr = parsed(buildPart10(mrDataset({ PixelData: undefined })), BREACHES);
    expect(await refuseUndecodable(sr.dataSet, sr.summary)).toBeNull();
  });

  it("accepts a file with breaches whose first frame decodes, native or compressed", async () => {
    const native = parsed(buildPart10(mrDataset()), BREACHES);
    expect(await refuseUndecodable(native.dataSet, native.summary)).toBeNull();
    const rle = parsed(
      withEncapsulatedPixels(mrDataset(), [rleFrame16(SAMPLES)], { transferSyntaxUid: TS_RLE }),
      BREACHES,
    );
    expect(await refuseUndecodable(rle.dataSet, rle.summary)).toBeNull();
  });

  it("refuses a file with breaches whose first frame does not decode, giving two breaches and the decoder's reason", async () => {
    // An RLE frame cut after its header: the segments it announces are not there.
    const cut = rleFrame16(SAMPLES).subarray(0, 66);
    const bad = parsed(withEncapsulatedPixels(mrDataset(), [cut], { transferSyntaxUid: TS_RLE }), BREACHES);
    const reason = await refuseUndecodable(bad.dataSet, bad.summary);
    expect(reason).not.toBeNull();
    expect(reason!.startsWith(`${BREACHES[0]}; ${BREACHES[1]}; and the pixels cannot be decoded (`)).toBe(true);
    expect(reason).not.toContain(BREACHES[2]);
    expect(reason!.endsWith(")")).toBe(true);
  });

  it("refuses native pixel data too short for its first frame when the file has a breach", async () => {
    const short = parsed(buildPart10(mrDataset({ PixelData: [new Uint8Array(4).buffer] })), ["a breach"]);
    expect(await refuseUndecodable(short.dataSet, short.summary)).toMatch(
      /^a breach; and the pixels cannot be decoded \(.+\)$/,
    );
  });
});
