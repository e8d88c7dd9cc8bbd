import { parseDicom } from "dicom-parser";
import { describe, expect, it } from "vitest";
import { PHI_ATTRIBUTES } from "@/lib/dicom/phi-attributes";
import { buildPart10, mrDataset } from "@/lib/dicom/test-utils/build-dicom";
import { formatAge, METADATA_ALLOW_LIST, readAllowedMetadata } from "./metadata";

const PHI_VALUES = {
  PatientName: "DOE^JANE",
  PatientID: "MRN-99812",
  PatientBirthDate: "19700101",
  InstitutionName: "St Elsewhere Hospital",
  ReferringPhysicianName: "HOUSE^GREGORY",
  StationName: "MR-STATION-7",
  DeviceSerialNumber: "SN-123456",
  AccessionNumber: "ACC-55",
  StudyDate: "20240203",
  ImageComments: "patient is Jane from Springfield",
};

describe("readAllowedMetadata", () => {
  const ds = parseDicom(buildPart10(mrDataset({ ...PHI_VALUES, ProtocolName: "T2W_TSE SAG", EchoTime: 110 })));
  const entries = readAllowedMetadata(ds);
  const text = JSON.stringify(entries);

  it("shows acquisition attributes with units and readable values", () => {
    const byKey = Object.fromEntries(entries.map((e) => [e.keyword, e.value]));
    expect(byKey.Manufacturer).toBe("Philips Medical Systems");
    expect(byKey.MagneticFieldStrength).toBe("1.5 T");
    expect(byKey.EchoTime).toBe("110 ms");
    expect(byKey.PixelSpacing).toBe("0.5 × 0.5 mm");
    expect(byKey.ImageOrientationPatient).toBe("Sagittal (rows towards posterior, columns towards feet)");
    expect(byKey.ImagePositionPatient).toBe("x −10.5, y −120, z 80 mm");
    expect(byKey.PhotometricInterpretation).toBe("Greyscale (MONOCHROME2)");
    expect(byKey.Rows).toBe("4");
    expect(byKey.PatientAge).toBe("45 years");
    expect(byKey.PatientSex).toBe("Female");
    expect(byKey.TransferSyntaxUID).toBe("Explicit VR Little Endian");
  });

  it("never shows an identifying attribute or value, whatever the file holds", () => {
    const phiKeywords = new Set(PHI_ATTRIBUTES.map(([, k]) => k));
    for (const e of entries) expect(phiKeywords.has(e.keyword)).toBe(false);
    for (const value of Object.values(PHI_VALUES)) expect(text).not.toContain(value);
    expect(text).not.toMatch(/1\.2\.826\.0\.1\.3680043/); // no UIDs
  });

  it("allow-lists nothing from the PHI table, no dates and no UIDs", () => {
    const phiTags = new Set(PHI_ATTRIBUTES.map(([t]) => `x${t.toLowerCase()}`));
    for (const [tag, keyword] of METADATA_ALLOW_LIST) {
      expect(phiTags.has(tag)).toBe(false);
      expect(keyword).not.toMatch(/Date|PatientName|Physician|Institution|Station|Serial|Operator/);
      // The transfer syntax UID names an encoding, not a person or an object: the only UID allowed.
      if (keyword.endsWith("UID")) expect(keyword).toBe("TransferSyntaxUID");
    }
  });
});

describe("readAllowedMetadata on a damaged file", () => {
  it("leaves out an element whose length runs past the end instead of throwing", () => {
    const ds = parseDicom(buildPart10(mrDataset()));
    ds.elements.x00080070!.length = 1_000_000; // Manufacturer
    const entries = readAllowedMetadata(ds);
    expect(entries.map((e) => e.keyword)).not.toContain("Manufacturer");
    expect(entries.map((e) => e.keyword)).toContain("Modality");
  });
});

describe("formatAge", () => {
  it("reads DICOM ages and caps them at 90+", () => {
    expect(formatAge("045Y")).toBe("45 years");
    expect(formatAge("001Y")).toBe("1 year");
    expect(formatAge("006M")).toBe("6 months");
    expect(formatAge("093Y")).toBe("90+ years");
    expect(formatAge("forty")).toBeNull();
  });
});
