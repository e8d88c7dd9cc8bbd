// extractSummary (and its str/uint16 readers) on parsed dcmjs-built files: every field read from its tag, numbers
// parsed the way readers do, Enhanced MR values found in the functional groups, fallbacks to the file meta, never a
// throw on odd values.
import type { DataSet } from "dicom-parser";
import { describe, expect, it } from "vitest";
import { parseDicomFile } from "./parse-file";
import { extractSummary, MEDIA_STORAGE_DIRECTORY, str, uint16 } from "./summary";
import { buildPart10, MR_SUMMARY, mrDataset, TS_EXPLICIT_LE, type BuildOptions } from "./test-utils/build-dicom";

function parse(dataset: Record<string, unknown>, opts?: BuildOptions): DataSet {
  const r = parseDicomFile(buildPart10(dataset, opts));
  if (!r.ok) throw new Error(r.reason);
  return r.dataSet;
}
const summaryOf = (overrides: Record<string, unknown> = {}, opts?: BuildOptions) =>
  extractSummary(parse(mrDataset(overrides), opts), TS_EXPLICIT_LE);

describe("extractSummary", () => {
  it("reads the catalogue and image attributes of an MR instance", () => {
    const s = summaryOf();
    // Every expected value is the one mrDataset() writes.
    expect(s).toMatchObject({ ...MR_SUMMARY, warnings: [], tolerated: [] });
    // 4 x 4 samples of 16 bits, native.
    expect(s.pixelData).toMatchObject({
      keyword: "PixelData",
      tag: "(7FE0,0010)",
      length: 32,
      encapsulated: false,
      fragments: [],
      byteSource: "file",
    });
  });

  it("reads NumberOfFrames' leading integer, and 1 when it is absent, zero or unreadable", () => {
    expect(summaryOf({ NumberOfFrames: 3, PixelData: [new Uint8Array(96).buffer] }).numberOfFrames).toBe(3);
    expect(summaryOf({ NumberOfFrames: "3A" }).numberOfFrames).toBe(3);
    for (const n of [undefined, "0", "A1", ""]) expect(summaryOf({ NumberOfFrames: n }).numberOfFrames).toBe(1);
  });

  it("takes whole numbers only for series and instance numbers", () => {
    expect(summaryOf({ InstanceNumber: "+12" }).instanceNumber).toBe(12);
    expect(summaryOf({ InstanceNumber: "7.5" }).instanceNumber).toBeNull();
    expect(summaryOf({ SeriesNumber: undefined }).seriesNumber).toBeNull();
  });

  it("needs every component of a multi-valued number, or gives null", () => {
    expect(summaryOf({ PixelSpacing: [0.5] }).pixelSpacing).toBeNull();
    expect(summaryOf({ ImageOrientationPatient: undefined }).imageOrientationPatient).toBeNull();
  });

  it("finds Enhanced MR values in the shared, then the first per-frame, functional group", () => {
    const s = summaryOf({
      PixelSpacing: undefined,
      SliceThickness: undefined,
      ImagePositionPatient: undefined,
      ImageOrientationPatient: undefined,
      SharedFunctionalGroupsSequence: [{ PixelMeasuresSequence: [{ PixelSpacing: [0.7, 0.8], SliceThickness: 3 }] }],
      PerFrameFunctionalGroupsSequence: [
        {
          PlanePositionSequence: [{ ImagePositionPatient: [1, 2, 3] }],
          PlaneOrientationSequence: [{ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] }],
        },
        { PlanePositionSequence: [{ ImagePositionPatient: [9, 9, 9] }] },
      ],
    });
    expect(s).toMatchObject({
      pixelSpacing: [0.7, 0.8],
      sliceThickness: 3,
      imagePositionPatient: [1, 2, 3],
      imageOrientationPatient: [1, 0, 0, 0, 1, 0],
    });
    // A top-level value wins over the functional groups.
    const top = summaryOf({
      SharedFunctionalGroupsSequence: [{ PixelMeasuresSequence: [{ PixelSpacing: [0.7, 0.8] }] }],
    });
    expect(top.pixelSpacing).toEqual([0.5, 0.5]);
  });

  it("falls back to the file meta for the SOP Instance and Class UIDs", () => {
    const s = summaryOf({ SOPInstanceUID: undefined, SOPClassUID: undefined });
    // buildPart10 writes MediaStorageSOPInstanceUID ...498.99 when the data set has none, and the MR class.
    expect(s.sopInstanceUid).toBe("1.2.826.0.1.3680043.8.498.99");
    expect(s.sopClassUid).toBe("1.2.840.10008.5.1.4.1.1.4");
  });

  it("recognises a DICOMDIR by its SOP class, or by a Directory Record Sequence", () => {
    const dir = parse({ FileSetID: "SET" }, { mediaStorageSopClassUid: MEDIA_STORAGE_DIRECTORY });
    expect(extractSummary(dir, TS_EXPLICIT_LE).isDicomdir).toBe(true);
    const records = parse({
      SOPClassUID: "1.2.3",
      DirectoryRecordSequence: [{ DirectoryRecordType: "PATIENT" }],
    });
    expect(extractSummary(records, TS_EXPLICIT_LE).isDicomdir).toBe(true);
  });

  it("names no transfer syntax it does not know, and marks pixels read from inflated bytes", () => {
    const ds = parse(mrDataset());
    expect(extractSummary(ds, "1.2.3.4").transferSyntaxName).toBeNull();
    expect(extractSummary(ds, TS_EXPLICIT_LE, true).pixelData?.byteSource).toBe("inflated");
  });

  it("describes float pixel data by its own tag", () => {
    const raw = { "7FE00008": { vr: "OF", Value: [new Float32Array(16).buffer] } };
    const s = summaryOf({ PixelData: undefined, BitsAllocated: 32 }, { raw });
    expect(s.pixelData).toMatchObject({ keyword: "FloatPixelData", tag: "(7FE0,0008)", length: 64 });
  });
});

describe("str and uint16", () => {
  it("str trims padding (spaces, NULs) and gives null for absent or blank values", () => {
    const ds = parse(mrDataset({ SeriesDescription: "T2 SAG \0", StudyDescription: "   " }));
    expect(str(ds, "x0008103e")).toBe("T2 SAG");
    expect(str(ds, "x00081030")).toBeNull();
    expect(str(ds, "x00081090")).toBe("Intera");
    expect(str(ds, "x00100010")).toBeNull();
  });

  it("uint16 reads a US value, and null when absent or too short to hold one", () => {
    const ds = parse(mrDataset(), { raw: { "00280011": { vr: "US", Value: [] } } });
    expect(uint16(ds, "x00280010")).toBe(4);
    expect(uint16(ds, "x00280011")).toBeNull();
    expect(uint16(ds, "x00280034")).toBeNull(); // Pixel Aspect Ratio: absent
  });
});
