// One MR image file, read back with dicom-parser: the identifiers, geometry, window and pixels it was given, and the
// de-identified patient module.
import { describe, expect, it } from "vitest";
import { dicomParser } from "./dicom-parser";
import {
  fileMeta,
  IMPLEMENTATION_CLASS_UID,
  IMPLEMENTATION_VERSION,
  MR_IMAGE_STORAGE,
  mrImageFile,
  STUDY_DESCRIPTION,
  type StudyContext,
} from "./dicom-image";
import { EXPLICIT_VR_LE } from "./dcmjs";
import { phantomParams } from "./params";
import { axialPlan } from "./planes";
import { buildSpine } from "./spine-curve";

const params = { ...phantomParams("image-test", 3), ageYears: 7, sex: "F" as const };
const plan = axialPlan(buildSpine(params), { traMatrix: 6, traPerDisc: 1 });
const slice = { ...plan.slices[3]!, cols: 5 }; // non-square, to catch rows and columns swapped
const context: StudyContext = {
  params,
  studyUid: "2.25.100",
  frameOfReferenceUid: "2.25.101",
  date: "20240315",
  time: "101000",
};
const ref = { sopInstanceUid: "2.25.102", seriesUid: "2.25.103", instanceNumber: 4 };
// The pixels sit in the middle of a larger buffer: the file must hold exactly these 30, not the buffer around them.
const backing = new Uint16Array(40).map((_, k) => (k * 1031) % 4096);
const pixels = backing.subarray(5, 35);
const bytes = mrImageFile(context, plan, slice, ref, { pixels, windowCenter: 1500.5, windowWidth: 900 });
const d = dicomParser.parseDicom(bytes);
const numbers = (tag: string) => (d.string(tag) ?? "").split("\\").map(Number);

describe("mrImageFile", () => {
  it("is MR Image Storage in explicit VR little endian, with the same SOP instance in meta and data set", () => {
    expect(d.string("x00020002")).toBe(MR_IMAGE_STORAGE);
    expect(d.string("x00020003")).toBe(ref.sopInstanceUid);
    expect(d.string("x00020010")).toBe(EXPLICIT_VR_LE);
    expect(d.string("x00020012")).toBe(IMPLEMENTATION_CLASS_UID);
    expect(d.string("x00020013")).toBe(IMPLEMENTATION_VERSION);
    expect(d.string("x00080016")).toBe(MR_IMAGE_STORAGE);
    expect(d.string("x00080018")).toBe(ref.sopInstanceUid);
  });

  it("carries the study, series, frame of reference and instance it was given", () => {
    expect(d.string("x0020000d")).toBe("2.25.100");
    expect(d.string("x0020000e")).toBe("2.25.103");
    expect(d.string("x00200052")).toBe("2.25.101");
    expect(d.string("x00200013")).toBe("4");
    expect(d.string("x00200011")).toBe(String(plan.seriesNumber));
    expect(d.string("x0008103e")).toBe(plan.description);
    expect(d.string("x00181030")).toBe(plan.protocolName);
    expect(d.string("x00081030")).toBe(STUDY_DESCRIPTION);
  });

  it("keeps only age and sex of the patient; names, IDs and dates present but empty", () => {
    expect(d.string("x00101010")).toBe("007Y");
    expect(d.string("x00100040")).toBe("F");
    for (const tag of ["x00100010", "x00100020", "x00100030", "x00080020", "x00080030", "x00080050", "x00200010"])
      expect(d.elements[tag]?.length, tag).toBe(0);
    expect(d.string("x00120062")).toBe("YES");
    // The synthetic date stays out of the file (only the DICOMDIR has it).
    expect(Buffer.from(bytes).includes("20240315")).toBe(false);
  });

  it("states the slice geometry: position, orientation, spacing, location along the normal", () => {
    numbers("x00200032").forEach((x, k) => expect(x).toBeCloseTo(slice.position[k]!, 5));
    numbers("x00200037").forEach((x, k) => expect(x).toBeCloseTo([...slice.rowDir, ...slice.colDir][k]!, 5));
    // 200 mm over 6 pixels, written as DS with 6 decimals.
    expect(d.string("x00280030")).toBe("33.333333\\33.333333");
    const location = slice.position.reduce((s, x, k) => s + x * slice.normal[k]!, 0);
    expect(Number(d.string("x00201041"))).toBeCloseTo(location, 3);
    expect(Number(d.string("x00180050"))).toBe(plan.thickness);
    expect(Number(d.string("x00180088"))).toBe(plan.spacingBetween);
    expect(d.string("x00181312")).toBe(plan.phaseDirection);
  });

  it("holds exactly the given pixels as 12 of 16 bits, rows x columns, with the given window", () => {
    expect([d.uint16("x00280010"), d.uint16("x00280011")]).toEqual([6, 5]);
    expect([d.uint16("x00280100"), d.uint16("x00280101"), d.uint16("x00280102")]).toEqual([16, 12, 11]);
    expect(d.uint16("x00280103")).toBe(0);
    expect(d.string("x00280004")).toBe("MONOCHROME2");
    const el = d.elements.x7fe00010!;
    expect(el.vr).toBe("OW");
    expect(el.length).toBe(30 * 2);
    const view = new DataView(bytes.buffer, bytes.byteOffset + el.dataOffset, el.length);
    const read = Array.from({ length: 30 }, (_, k) => view.getUint16(k * 2, true));
    expect(read).toEqual([...pixels]);
    expect(Number(d.string("x00281050"))).toBe(1500.5);
    expect(Number(d.string("x00281051"))).toBe(900);
  });
});

describe("fileMeta", () => {
  it("names the SOP class and instance, version 00 01, our implementation", () => {
    const m = fileMeta("1.2.3", "4.5.6");
    expect(m.MediaStorageSOPClassUID).toBe("1.2.3");
    expect(m.MediaStorageSOPInstanceUID).toBe("4.5.6");
    expect(m.TransferSyntaxUID).toBe(EXPLICIT_VR_LE);
    expect([...new Uint8Array(m.FileMetaInformationVersion as ArrayBuffer)]).toEqual([0, 1]);
    expect(IMPLEMENTATION_CLASS_UID).toMatch(/^2\.25\.\d+$/);
    expect(IMPLEMENTATION_CLASS_UID.length).toBeLessThanOrEqual(64);
  });
});
