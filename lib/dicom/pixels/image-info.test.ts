// The Image Pixel module as decoders see it, read from files written by dcmjs: values as stored, safe defaults for
// what is missing or out of range, and a clear refusal when the geometry is absent.
import { parseDicom } from "dicom-parser";
import { describe, expect, it } from "vitest";
import { buildPart10, mrDataset } from "../test-utils/build-dicom";
import { readImageInfo } from "./image-info";
import { PixelDecodeError } from "./types";

const info = (over: Record<string, unknown> = {}) => readImageInfo(parseDicom(buildPart10(mrDataset(over))));

describe("readImageInfo", () => {
  it("reads the module as stored", () => {
    expect(
      info({ BitsStored: 12, HighBit: 11, PixelRepresentation: 1, PhotometricInterpretation: "monochrome1 " }),
    ).toMatchObject({
      transferSyntax: "1.2.840.10008.1.2.1",
      rows: 4,
      columns: 4,
      samplesPerPixel: 1,
      bitsAllocated: 16,
      bitsStored: 12,
      highBit: 11,
      pixelRepresentation: 1,
      photometric: "MONOCHROME1",
      planarConfiguration: 0,
      numberOfFrames: 1,
    });
  });

  it("defaults what is missing and repairs what cannot be right", () => {
    const i = info({
      BitsStored: 20,
      HighBit: 16,
      SamplesPerPixel: undefined,
      PhotometricInterpretation: undefined,
      NumberOfFrames: "3",
    });
    // BitsStored beyond BitsAllocated is capped, and a HighBit outside the container follows BitsStored.
    expect(i).toMatchObject({ bitsStored: 16, highBit: 15, samplesPerPixel: 1, photometric: "MONOCHROME2" });
    expect(i.numberOfFrames).toBe(3);
  });

  it("refuses a file without rows, columns or bits allocated", () => {
    expect(() => info({ Rows: undefined })).toThrow(new PixelDecodeError("Rows/Columns missing or zero"));
    expect(() => info({ Columns: 0 })).toThrow("Rows/Columns missing or zero");
    expect(() => info({ BitsAllocated: undefined })).toThrow("BitsAllocated missing or zero");
  });
});
