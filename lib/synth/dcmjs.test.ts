// The dcmjs facade: Part 10 bytes a second parser reads back, and DS text within the 16-character limit.
import { describe, expect, it } from "vitest";
import { dicomParser } from "./dicom-parser";
import { ds, EXPLICIT_VR_LE, writePart10 } from "./dcmjs";

describe("writePart10", () => {
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: "1.2.840.10008.5.1.4.1.1.7",
    MediaStorageSOPInstanceUID: "2.25.1234",
    TransferSyntaxUID: EXPLICIT_VR_LE,
    ImplementationClassUID: "2.25.5678",
    _vrMap: { FileMetaInformationVersion: "OB" },
  };
  const bytes = writePart10(meta, {
    SOPClassUID: "1.2.840.10008.5.1.4.1.1.7",
    SOPInstanceUID: "2.25.1234",
    PatientName: "",
    StudyDescription: "HELLO",
    Rows: 2,
    Columns: 3,
    ImagePositionPatient: ["1.5", "-2", "0"],
  });

  it("has the 128-byte preamble and DICM prefix", () => {
    expect(bytes.subarray(0, 128).every((b) => b === 0)).toBe(true);
    expect(Buffer.from(bytes.subarray(128, 132)).toString("latin1")).toBe("DICM");
  });

  it("writes group 2 with a correct group length, then the data set in explicit VR little endian", () => {
    const d = dicomParser.parseDicom(bytes);
    const groupLength = d.uint32("x00020000")!;
    // Group 2 starts after the preamble, DICM and the 12-byte group length element; it ends where group 8 starts.
    const firstDataTag = d.elements.x00080016!.dataOffset - 8;
    expect(132 + 12 + groupLength).toBe(firstDataTag);
    expect(d.string("x00020010")).toBe(EXPLICIT_VR_LE);
    expect(d.string("x00020003")).toBe("2.25.1234");
    expect(d.elements.x00080016!.vr).toBe("UI");
    expect(d.string("x00081030")).toBe("HELLO");
    expect(d.elements.x00100010!.length).toBe(0);
    expect([d.uint16("x00280010"), d.uint16("x00280011")]).toEqual([2, 3]);
    expect(d.string("x00200032")).toBe("1.5\\-2\\0");
  });
});

describe("ds", () => {
  it("trims trailing zeros and the point, never the integer's own zeros", () => {
    expect(ds(1.5)).toBe("1.5");
    expect(ds(2)).toBe("2");
    expect(ds(100)).toBe("100");
    expect(ds(0.1 + 0.2)).toBe("0.3");
    expect(ds(-12.25)).toBe("-12.25");
    expect(ds(1 / 3)).toBe("0.333333");
    expect(ds(2 / 3, 4)).toBe("0.6667");
    expect(ds(100, 0)).toBe("100");
    expect(ds(120.04, 1)).toBe("120");
  });

  it("writes a tiny negative as 0, not -0", () => {
    expect(ds(-1e-9)).toBe("0");
    expect(ds(-0)).toBe("0");
  });

  it("drops decimals until the text fits 16 characters", () => {
    const text = ds(123456789.123456789);
    expect(text.length).toBeLessThanOrEqual(16);
    expect(text).toBe("123456789.123457");
    const big = ds(1234567890123.456);
    expect(big).toBe("1234567890123.46");
    // An integer of 16 digits keeps all of them, trailing zeros included.
    expect(ds(2000000000000000.25)).toBe("2000000000000000");
    for (const v of [-98765.4321987, 3.14159265358979, 4095, 0.000001, -180.0000004])
      expect(Math.abs(Number(ds(v)) - v)).toBeLessThan(1e-6);
  });
});
