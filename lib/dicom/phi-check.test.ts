// Tests the public-sample PHI gate: names and ids are caught (tag + keyword only), kept demographics and empty values pass.
import { describe, expect, it } from "vitest";
import { checkPhi } from "./phi-check";
import { PHI_ATTRIBUTES } from "./phi-attributes";
import { buildPart10, mrDataset, TS_IMPLICIT_LE } from "./test-utils/build-dicom";

function findings(dataset: Record<string, unknown>, opts?: Parameters<typeof buildPart10>[1]) {
  const r = checkPhi(buildPart10(dataset, opts));
  if (!r.ok) throw new Error(r.reason);
  return r.findings;
}

describe("checkPhi", () => {
  it("passes a de-identified instance that keeps age, sex and ethnic group", () => {
    const r = checkPhi(buildPart10(mrDataset({ PatientAge: "052Y", PatientSex: "M", EthnicGroup: "White", PatientName: "" })));
    expect(r).toEqual({ ok: true, findings: [], clean: true });
  });

  it.each([undefined, TS_IMPLICIT_LE])("reports a patient name by keyword and tag, never by value (%s)", (ts) => {
    const found = findings(mrDataset({ PatientName: "Doe^Jane", PatientID: "12345", PatientBirthDate: "19700101" }), { transferSyntaxUid: ts });
    expect(found).toEqual([
      { keyword: "PatientName", tag: "(0010,0010)", path: "(0010,0010)" },
      { keyword: "PatientID", tag: "(0010,0020)", path: "(0010,0020)" },
      { keyword: "PatientBirthDate", tag: "(0010,0030)", path: "(0010,0030)" },
    ]);
    expect(JSON.stringify(found)).not.toMatch(/Doe|12345|1970/);
  });

  it("treats space/NUL padding as empty", () => {
    expect(findings(mrDataset({ InstitutionName: "  ", OperatorsName: "" }))).toEqual([]);
  });

  it("catches institution, physicians, device serial number and free-text comments", () => {
    const found = findings(
      mrDataset({
        InstitutionName: "General Hospital",
        InstitutionalDepartmentName: "Radiology",
        ReferringPhysicianName: "House^Greg",
        OperatorsName: "Tech^One",
        StationName: "MR1",
        DeviceSerialNumber: "SN123",
        AccessionNumber: "A1",
        ImageComments: "called the patient",
      }),
    );
    expect(found.map((f) => f.keyword).sort()).toEqual(
      ["AccessionNumber", "DeviceSerialNumber", "ImageComments", "InstitutionName", "InstitutionalDepartmentName", "OperatorsName", "ReferringPhysicianName", "StationName"].sort(),
    );
  });

  it("reports private attributes and identifying values nested in sequences", () => {
    const found = findings(mrDataset({ RequestAttributesSequence: [{ AccessionNumber: "A1", RequestedProcedureID: "7" }] }), {
      raw: { "00290010": { vr: "LO", Value: ["SIEMENS CSA HEADER"] }, "00291010": { vr: "OB", Value: [new Uint8Array(4).fill(1).buffer] } },
    });
    expect(found.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { keyword: "PrivateCreator", tag: "(0029,0010)", path: "(0029,0010)" },
      { keyword: "PrivateAttribute", tag: "(0029,1010)", path: "(0029,1010)" },
      { keyword: "AccessionNumber", tag: "(0008,0050)", path: "(0040,0275)[0]/(0008,0050)" },
    ]);
  });

  it("refuses to vouch for a file it cannot parse", () => {
    expect(checkPhi(new Uint8Array(10)).ok).toBe(false);
  });
});

describe("PHI_ATTRIBUTES", () => {
  it("is a clean table: 8-digit tags, unique tags and keywords, no kept demographics", () => {
    const tags = PHI_ATTRIBUTES.map(([t]) => t);
    const keywords = PHI_ATTRIBUTES.map(([, k]) => k);
    expect(tags.every((t) => /^[0-9A-F]{8}$/.test(t))).toBe(true);
    expect(new Set(tags).size).toBe(tags.length);
    expect(new Set(keywords).size).toBe(keywords.length);
    expect(tags).not.toContain("00101010"); // PatientAge
    expect(tags).not.toContain("00100040"); // PatientSex
    expect(tags).not.toContain("00102160"); // EthnicGroup
  });
});
