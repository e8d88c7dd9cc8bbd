// Tests the public-sample PHI gate: names and ids are caught (tag + keyword only), kept demographics and empty values pass.
import { describe, expect, it } from "vitest";
import { checkPhi } from "./phi-check";
import { DEIDENTIFICATION_PROFILE } from "./deidentification-profile";
import { PHI_ATTRIBUTES } from "./phi-attributes";
import { buildPart10, mrDataset, TS_IMPLICIT_LE } from "./test-utils/build-dicom";

function findings(dataset: Record<string, unknown>, opts?: Parameters<typeof buildPart10>[1]) {
  const r = checkPhi(buildPart10(dataset, opts));
  if (!r.ok) throw new Error(r.reason);
  return r.findings;
}

describe("checkPhi", () => {
  it("passes a de-identified instance that keeps age, sex and ethnic group", () => {
    const r = checkPhi(
      buildPart10(mrDataset({ PatientAge: "052Y", PatientSex: "M", EthnicGroup: "White", PatientName: "" })),
    );
    expect(r).toEqual({ ok: true, findings: [], clean: true });
  });

  it.each([undefined, TS_IMPLICIT_LE])("reports a patient name by keyword and tag, never by value (%s)", (ts) => {
    const found = findings(mrDataset({ PatientName: "Doe^Jane", PatientID: "12345", PatientBirthDate: "19700101" }), {
      transferSyntaxUid: ts,
    });
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
      [
        "AccessionNumber",
        "DeviceSerialNumber",
        "ImageComments",
        "InstitutionName",
        "InstitutionalDepartmentName",
        "OperatorsName",
        "ReferringPhysicianName",
        "StationName",
      ].sort(),
    );
  });

  it("reports private attributes and identifying values nested in sequences", () => {
    const found = findings(
      mrDataset({ RequestAttributesSequence: [{ AccessionNumber: "A1", RequestedProcedureID: "7" }] }),
      {
        raw: {
          "00290010": { vr: "LO", Value: ["SIEMENS CSA HEADER"] },
          "00291010": { vr: "OB", Value: [new Uint8Array(4).fill(1).buffer] },
        },
      },
    );
    expect(found.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { keyword: "PrivateCreator", tag: "(0029,0010)", path: "(0029,0010)" },
      { keyword: "PrivateAttribute", tag: "(0029,1010)", path: "(0029,1010)" },
      { keyword: "AccessionNumber", tag: "(0008,0050)", path: "(0040,0275)[0]/(0008,0050)" },
      { keyword: "RequestedProcedureID", tag: "(0040,1001)", path: "(0040,0275)[0]/(0040,1001)" },
    ]);
  });

  it("refuses a description that names the patient even when the patient attributes are empty", () => {
    const found = findings(mrDataset({ StudyDescription: "Jane Doe MRN 4711", PatientName: "", PatientID: "" }));
    expect(found).toEqual([
      { keyword: "StudyDescription", tag: "(0008,1030)", path: "(0008,1030)", reason: "holds an identifier label" },
    ]);
    expect(JSON.stringify(found)).not.toMatch(/Jane|Doe|4711/);
  });

  it.each([
    ["SeriesDescription", "Smith^John T2 SAG", "a person name in DICOM form"],
    ["ProtocolName", "LSPINE 2016-08-24", "a date"],
    ["StudyDescription", "L-spine 20160824", "a date"],
    ["SeriesDescription", "T2 SAG 00471193", "an id-like number"],
    ["StudyDescription", "send to j.doe@example.org", "an e-mail address"],
    ["StudyDescription", "DOB 1961", "an identifier label"],
  ])("screens descriptors: %s %j holds %s", (keyword, value, what) => {
    expect(findings(mrDataset({ [keyword]: value }))).toEqual([
      expect.objectContaining({ keyword, reason: `holds ${what}` }),
    ]);
  });

  it("passes ordinary descriptors", () => {
    const ds = mrDataset({
      StudyDescription: "MRI LUMBAR SPINE W/O",
      SeriesDescription: "sT2W_TSE 4mm 512",
      ProtocolName: "T2W_TSE SAG",
      BodyPartExamined: "LSPINE",
    });
    expect(findings(ds)).toEqual([]);
  });

  it.each([undefined, TS_IMPLICIT_LE])(
    "refuses any text repeating a known identifier, in either word order and in sequences (%s)",
    (ts) => {
      const own = findings(mrDataset({ PatientName: "Doe^Jane", StudyDescription: "Jane Doe lumbar" }), {
        transferSyntaxUid: ts,
      });
      expect(own).toContainEqual({
        keyword: "StudyDescription",
        tag: "(0008,1030)",
        path: "(0008,1030)",
        reason: "repeats a known identifier",
      });
      const ds = buildPart10(
        mrDataset({
          ProtocolName: "KOWALSKI lspine",
          ReferencedStudySequence: [
            { ReferencedSOPClassUID: "1.2.3", ReferencedSOPInstanceUID: "1.2.3.4", StudyDescription: "x 99812 y" },
          ],
        }),
        { transferSyntaxUid: ts },
      );
      const r = checkPhi(ds, { known: ["Kowalski^Jan", "99812"] });
      expect(r.ok && r.findings.map((f) => [f.path, f.reason])).toEqual(
        [
          ["(0008,1110)[0]/(0008,1030)", "repeats a known identifier"],
          ["(0018,1030)", "repeats a known identifier"],
        ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
      );
      expect(checkPhi(ds)).toMatchObject({ ok: true, clean: true }); // unknown without the DICOMDIR's values
    },
  );

  it("refuses dates and times of care: the listed ones in any transfer syntax, any other DA/DT/TM by its VR", () => {
    for (const ts of [undefined, TS_IMPLICIT_LE]) {
      const found = findings(mrDataset({ StudyDate: "20240203", StudyTime: "101500", SeriesDate: "" }), {
        transferSyntaxUid: ts,
      });
      expect(found.map((f) => f.keyword)).toEqual(["StudyDate", "StudyTime"]);
    }
    const other = findings(mrDataset(), { raw: { "0018700C": { vr: "DA", Value: ["20200101"] } } });
    expect(other).toEqual([
      { keyword: "Attribute", tag: "(0018,700C)", path: "(0018,700C)", reason: "holds a date or time" },
    ]);
  });

  it("refuses a file that declares burned-in annotation or recognisable features", () => {
    expect(findings(mrDataset({ BurnedInAnnotation: "YES" }))).toEqual([
      { keyword: "BurnedInAnnotation", tag: "(0028,0301)", path: "(0028,0301)", reason: "is YES" },
    ]);
    expect(findings(mrDataset({ RecognizableVisualFeatures: "YES" })).map((f) => f.keyword)).toEqual([
      "RecognizableVisualFeatures",
    ]);
    expect(findings(mrDataset({ BurnedInAnnotation: "NO", RecognizableVisualFeatures: "NO" }))).toEqual([]);
  });

  it("refuses to vouch for a file it cannot parse", () => {
    expect(checkPhi(new Uint8Array(10)).ok).toBe(false);
  });
});

describe("DEIDENTIFICATION_PROFILE", () => {
  it("names each attribute once, with an action and a reason, and keeps the sold demographics", () => {
    const tags = DEIDENTIFICATION_PROFILE.flatMap((r) => (r.tag ? [r.tag] : []));
    expect(new Set(tags).size).toBe(tags.length);
    for (const r of DEIDENTIFICATION_PROFILE) expect(r.why.length).toBeGreaterThan(20);
    expect(DEIDENTIFICATION_PROFILE.find((r) => r.keyword === "PatientAge")?.action).toBe("kept");
    expect(DEIDENTIFICATION_PROFILE.find((r) => r.keyword === "StudyDescription")).toMatchObject({
      action: "checked",
      check: "free-text",
    });
    expect(DEIDENTIFICATION_PROFILE.find((r) => r.keyword === "StudyDate")?.action).toBe("removed");
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
