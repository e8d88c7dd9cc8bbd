// pixelProblems on parsed dcmjs-built files and hand-encapsulated ones: each breach of the Image Pixel module is named
// with the attribute and the numbers involved, geometry problems are listed together, a bad NumberOfFrames stops the
// check, and a codestream header that breaks its standard is tolerated (left to the decoder), not refused.
import { describe, expect, it } from "vitest";
import { parseDicomFile } from "./parse-file";
import { buildPart10, mrDataset, RGB_8BIT, TS_EXPLICIT_LE, withTransferSyntax } from "./test-utils/build-dicom";
import { rleFrame16, TS_RLE, withEncapsulatedPixels } from "./test-utils/encapsulated";
import { transferSyntax } from "./transfer-syntax";
import { pixelProblems } from "./validate-pixels";

function check(bytes: Uint8Array) {
  const parsed = parseDicomFile(bytes);
  if (!parsed.ok) throw new Error(parsed.reason);
  const ts = transferSyntax(parsed.summary.transferSyntaxUid);
  if (!ts) throw new Error("unknown transfer syntax");
  return { problems: pixelProblems(parsed.dataSet, parsed.summary, ts), tolerated: parsed.summary.tolerated };
}
const problemsOf = (overrides: Record<string, unknown>) => check(buildPart10(mrDataset(overrides))).problems;

const SAMPLES = Array.from({ length: 16 }, (_, i) => i * 100);

describe("pixelProblems", () => {
  it("finds nothing wrong with a valid image, nor in a file without pixel data", () => {
    expect(check(buildPart10(mrDataset()))).toEqual({ problems: [], tolerated: [] });
    expect(problemsOf({ PixelData: undefined, Rows: 0 })).toEqual([]);
  });

  it.each([
    ["", "NumberOfFrames is present but empty"],
    ["A1", 'NumberOfFrames is "A1", not an integer'],
    ["0", "NumberOfFrames is 0"],
    ["-2", "NumberOfFrames is -2"],
  ])("refuses NumberOfFrames %j, and checks nothing else then", (frames, reason) => {
    expect(problemsOf({ NumberOfFrames: frames, Rows: 0 })).toEqual([reason]);
  });

  it("tolerates a NumberOfFrames with trailing junk, reading its leading integer", () => {
    expect(check(buildPart10(mrDataset({ NumberOfFrames: "1A" })))).toEqual({
      problems: [],
      tolerated: ['NumberOfFrames is "1A", not an integer; read as 1'],
    });
  });

  it("lists every geometry problem at once", () => {
    expect(problemsOf({ Rows: 0, Columns: undefined, BitsAllocated: 12 })).toEqual([
      "Rows is 0",
      "Columns is missing",
      "BitsAllocated is 12; expected 1, 8, 16, 32 or 64",
    ]);
    expect(problemsOf({ BitsStored: 0 })).toEqual(["BitsStored is 0 but BitsAllocated is 16"]);
    expect(problemsOf({ BitsStored: undefined })).toEqual(["BitsStored is missing"]);
    expect(problemsOf({ PhotometricInterpretation: undefined })).toEqual(["PhotometricInterpretation is missing"]);
  });

  it("matches SamplesPerPixel to the photometric interpretation, whatever its case", () => {
    expect(problemsOf({ PhotometricInterpretation: "monochrome2" })).toEqual([]);
    expect(problemsOf({ SamplesPerPixel: 3 })).toEqual([
      "PhotometricInterpretation MONOCHROME2 needs SamplesPerPixel 1, not 3",
    ]);
    expect(problemsOf({ PhotometricInterpretation: "YBR_FULL_422" })).toEqual([
      "PhotometricInterpretation YBR_FULL_422 needs SamplesPerPixel 3, not 1",
    ]);
  });

  it("needs rows x columns x frames x samples x bits of native pixel data", () => {
    // 4 x 4 x 3 samples x 8 bits = 48 bytes.
    expect(problemsOf({ ...RGB_8BIT, PixelData: [new Uint8Array(48).buffer] })).toEqual([]);
    expect(problemsOf({ ...RGB_8BIT, PixelData: [new Uint8Array(40).buffer] })).toEqual([
      "pixel data holds 40 bytes, but 4x4 x 1 frame(s) x 3 sample(s) x 8 bits needs 48",
    ]);
  });

  it("checks float pixel data's bit depth, not the integer attributes it has no use for", () => {
    const float = {
      PixelData: undefined,
      BitsStored: undefined,
      HighBit: undefined,
      PixelRepresentation: undefined,
    };
    const raw = { "7FE00008": { vr: "OF", Value: [new Float32Array(16).buffer] } };
    expect(check(buildPart10(mrDataset({ ...float, BitsAllocated: 32 }), { raw })).problems).toEqual([]);
    expect(check(buildPart10(mrDataset({ ...float, BitsAllocated: 16 }), { raw })).problems).toEqual([
      "FloatPixelData needs BitsAllocated 32, not 16",
    ]);
  });

  it("refuses native pixel data under a compressed transfer syntax, and encapsulated under a native one", () => {
    // dcmjs encapsulates by itself under a compressed syntax: relabel a native file instead (same UID length).
    const rle = transferSyntax(TS_RLE)!;
    expect(check(withTransferSyntax(buildPart10(mrDataset()), TS_EXPLICIT_LE, TS_RLE)).problems).toEqual([
      `pixel data is native but the transfer syntax ${rle.name} needs it encapsulated`,
    ]);
    const le = transferSyntax(TS_EXPLICIT_LE)!;
    const encapsulated = withEncapsulatedPixels(mrDataset(), [rleFrame16(SAMPLES)], {
      transferSyntaxUid: TS_EXPLICIT_LE,
    });
    expect(check(encapsulated).problems).toEqual([
      `pixel data is encapsulated but the transfer syntax ${le.name} needs it native`,
    ]);
  });

  it("accepts a well-formed encapsulated frame", () => {
    expect(check(withEncapsulatedPixels(mrDataset(), [rleFrame16(SAMPLES)], { transferSyntaxUid: TS_RLE }))).toEqual({
      problems: [],
      tolerated: [],
    });
  });

  it("refuses encapsulated pixel data that is truncated, empty, or short of frames", () => {
    const rle = { transferSyntaxUid: TS_RLE };
    expect(
      check(withEncapsulatedPixels(mrDataset(), [rleFrame16(SAMPLES)], { ...rle, delimiter: false })).problems,
    ).toEqual(["encapsulated pixel data has no sequence delimiter: the file is truncated"]);
    expect(check(withEncapsulatedPixels(mrDataset(), [], rle)).problems).toEqual([
      "encapsulated pixel data holds no fragments",
    ]);
    expect(
      check(withEncapsulatedPixels(mrDataset({ NumberOfFrames: 3 }), [rleFrame16(SAMPLES)], rle)).problems,
    ).toEqual(["encapsulated pixel data has 1 fragment(s) for 3 frames"]);
  });

  it("tolerates a first frame whose codestream header disagrees with the image, for the decoder to judge", () => {
    const frame = rleFrame16(SAMPLES);
    new DataView(frame.buffer).setUint32(0, 3, true); // 3 segments declared; 16-bit greyscale needs 2
    expect(check(withEncapsulatedPixels(mrDataset(), [frame], { transferSyntaxUid: TS_RLE }))).toEqual({
      problems: [],
      tolerated: ["RLE frame has 3 segment(s) but 2 are needed for the samples and bit depth"],
    });
  });
});
