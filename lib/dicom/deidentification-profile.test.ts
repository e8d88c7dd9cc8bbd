// The public-sample profile against DICOM PS3.15 Annex E, Table E.1-1 (2023 edition), Basic Application Level
// Confidentiality Profile: every attribute the Basic Profile removes, empties or replaces (X, Z, D and their
// combinations) is "removed" here, except the few the dataset deliberately keeps or screens, which are named below
// with the reason; and nothing the Basic Profile touches is kept or screened without being named.
import { describe, expect, it } from "vitest";
import { DEIDENTIFICATION_PROFILE, ruleForTag, type ProfileAction } from "./deidentification-profile";

/** Attributes an MR pack can carry, with their Basic Profile action in PS3.15 Table E.1-1 (typed from the standard). */
const BASIC_PROFILE: Record<string, string> = {
  // Patient
  "00100010": "Z", // Patient's Name
  "00100020": "Z", // Patient ID
  "00100021": "X", // Issuer of Patient ID
  "00100030": "Z", // Patient's Birth Date
  "00100032": "X", // Patient's Birth Time
  "00100040": "Z", // Patient's Sex
  "00100050": "X", // Patient's Insurance Plan Code Sequence
  "00101000": "X", // Other Patient IDs
  "00101001": "X", // Other Patient Names
  "00101002": "X", // Other Patient IDs Sequence
  "00101005": "X", // Patient's Birth Name
  "00101010": "X", // Patient's Age
  "00101020": "X", // Patient's Size
  "00101030": "X", // Patient's Weight
  "00101040": "X", // Patient's Address
  "00101060": "X", // Patient's Mother's Birth Name
  "00101080": "X", // Military Rank
  "00101081": "X", // Branch of Service
  "00101090": "X", // Medical Record Locator
  "00102000": "X", // Medical Alerts
  "00102110": "X", // Allergies
  "00102150": "X", // Country of Residence
  "00102152": "X", // Region of Residence
  "00102154": "X", // Patient's Telephone Numbers
  "00102155": "X", // Patient's Telecom Information
  "00102160": "X", // Ethnic Group
  "00102180": "X", // Occupation
  "001021A0": "X", // Smoking Status
  "001021B0": "X", // Additional Patient History
  "001021C0": "X", // Pregnancy Status
  "001021D0": "X", // Last Menstrual Date
  "001021F0": "X", // Patient's Religious Preference
  "00102297": "X", // Responsible Person
  "00102299": "X", // Responsible Organization
  "00104000": "X", // Patient Comments
  // Visit, order and procedure
  "00080050": "Z", // Accession Number
  "00081080": "X", // Admitting Diagnoses Description
  "00200010": "Z", // Study ID
  "00380010": "X", // Admission ID
  "00380300": "X", // Current Patient Location
  "00380400": "X", // Patient's Institution Residence
  "00380500": "X", // Patient State
  "00384000": "X", // Visit Comments
  "00401001": "X", // Requested Procedure ID
  "00400009": "X", // Scheduled Procedure Step ID
  "00400253": "X", // Performed Procedure Step ID
  "00400280": "X", // Comments on the Performed Procedure Step
  "04000561": "X", // Original Attributes Sequence
  // People
  "00080090": "Z", // Referring Physician's Name
  "00080092": "X", // Referring Physician's Address
  "00080094": "X", // Referring Physician's Telephone Numbers
  "00080096": "X", // Referring Physician Identification Sequence
  "00081048": "X", // Physician(s) of Record
  "00081049": "X", // Physician(s) of Record Identification Sequence
  "00081050": "X", // Performing Physicians' Name
  "00081052": "X", // Performing Physician Identification Sequence
  "00081060": "X", // Name of Physician(s) Reading Study
  "00081062": "X", // Physician(s) Reading Study Identification Sequence
  "00081070": "X/Z/D", // Operators' Name
  "00081072": "X/D", // Operator Identification Sequence
  "00321032": "X", // Requesting Physician
  "00321033": "X", // Requesting Service
  "00400006": "X", // Scheduled Performing Physician's Name
  "00401010": "X", // Names of Intended Recipients of Results
  "0040A123": "D", // Person Name
  // Places and devices
  "00080080": "X/Z/D", // Institution Name
  "00080081": "X", // Institution Address
  "00080082": "X/Z/D", // Institution Code Sequence
  "00081010": "X/Z/D", // Station Name
  "00081040": "X", // Institutional Department Name
  "00181000": "X/Z/D", // Device Serial Number
  "00400241": "X", // Performed Station AE Title
  "00400242": "X", // Performed Station Name
  "00400243": "X", // Performed Location
  "00400001": "X", // Scheduled Station AE Title
  "00400010": "X", // Scheduled Station Name
  "00400011": "X", // Scheduled Procedure Step Location
  // Free text
  "00084000": "X", // Identifying Comments
  "00204000": "X", // Image Comments
  "00324000": "X", // Study Comments
  "00180010": "Z/D", // Contrast/Bolus Agent
  "00081030": "X", // Study Description
  "0008103E": "X", // Series Description
  "00181030": "X/D", // Protocol Name
  "00400254": "X", // Performed Procedure Step Description
  "00321060": "X/Z", // Requested Procedure Description
  "00082111": "X", // Derivation Description
  // Dates and times
  "00080012": "X/D", // Instance Creation Date
  "00080013": "X/Z/D", // Instance Creation Time
  "00080020": "Z", // Study Date
  "00080021": "X/D", // Series Date
  "00080022": "X/Z", // Acquisition Date
  "00080023": "Z/D", // Content Date
  "0008002A": "X/Z/D", // Acquisition DateTime
  "00080030": "Z", // Study Time
  "00080031": "X/D", // Series Time
  "00080032": "X/Z", // Acquisition Time
  "00080033": "Z/D", // Content Time
  "00181012": "X", // Date of Secondary Capture
  "00181014": "X", // Time of Secondary Capture
  "00181200": "X", // Date of Last Calibration
  "00181201": "X", // Time of Last Calibration
  "00380020": "X", // Admitting Date
  "00380021": "X", // Admitting Time
  "00400002": "X", // Scheduled Procedure Step Start Date
  "00400003": "X", // Scheduled Procedure Step Start Time
  "00400004": "X", // Scheduled Procedure Step End Date
  "00400005": "X", // Scheduled Procedure Step End Time
  "00400244": "X", // Performed Procedure Step Start Date
  "00400245": "X", // Performed Procedure Step Start Time
  "00400250": "X", // Performed Procedure Step End Date
  "00400251": "X", // Performed Procedure Step End Time
  "0040A032": "X/D", // Observation DateTime
  "0040A121": "D", // Date
  "0040A122": "D", // Time
  // Identifiers the Basic Profile replaces with new UIDs
  "0020000D": "U", // Study Instance UID
  "0020000E": "U", // Series Instance UID
  "00080018": "U", // SOP Instance UID
};

/** Where this dataset departs from the Basic Profile on purpose, and how (the rule's own `why` says why). */
const DEVIATIONS: Record<string, ProfileAction> = {
  "00101010": "kept", // age: sold with the dataset (Retain Patient Characteristics Option keeps it)
  "00100040": "kept", // sex: likewise
  "00102160": "kept", // ethnic group: a reported field of the dataset
  // Clean Descriptors Option: descriptions are kept once screened rather than removed.
  "00081030": "checked",
  "0008103E": "checked",
  "00181030": "checked",
  "00400254": "checked",
  "00321060": "checked",
  "00082111": "checked",
  // UIDs are kept (Retain UIDs Option): they carry no patient value and are screened as text.
  "0020000D": "kept",
  "0020000E": "kept",
  "00080018": "kept",
};

const single = DEIDENTIFICATION_PROFILE.filter((r) => r.tag !== undefined);

describe("DEIDENTIFICATION_PROFILE against PS3.15 Table E.1-1", () => {
  it.each(Object.entries(BASIC_PROFILE))("(%s) Basic Profile %s", (tag, basic) => {
    const rule = ruleForTag(tag);
    expect(rule, `no rule for ${tag}`).toBeDefined();
    const expected = DEVIATIONS[tag] ?? "removed";
    expect(rule!.action).toBe(expected);
    if (basic === "U") expect(DEVIATIONS[tag]).toBe("kept");
  });

  it("keeps or screens nothing the Basic Profile touches unless it is a named deviation", () => {
    for (const r of single.filter((r) => r.action !== "removed")) {
      if (BASIC_PROFILE[r.tag!] !== undefined) expect(DEVIATIONS[r.tag!], `${r.keyword} (${r.tag})`).toBe(r.action);
    }
  });

  it("screens every kept description as free text, and refuses files that declare burned-in text or faces", () => {
    for (const [tag, action] of Object.entries(DEVIATIONS))
      if (action === "checked") expect(ruleForTag(tag)!.check).toBe("free-text");
    expect(ruleForTag("00280301")).toMatchObject({ keyword: "BurnedInAnnotation", check: "flag-yes" });
    expect(ruleForTag("00280302")).toMatchObject({ keyword: "RecognizableVisualFeatures", check: "flag-yes" });
  });

  it("removes private attributes and every other date or time (class rules, no tag)", () => {
    const classes = DEIDENTIFICATION_PROFILE.filter((r) => r.tag === undefined);
    expect(classes.find((r) => r.keyword === "Private attributes")?.action).toBe("removed");
    expect(classes.find((r) => r.keyword === "Other dates and times")?.action).toBe("removed");
  });
});

describe("the table itself", () => {
  it("names each attribute once, as 8 upper-case hex digits shown as gggg,eeee, with a reason", () => {
    const tags = single.map((r) => r.tag!);
    expect(new Set(tags).size).toBe(tags.length);
    for (const r of single) {
      expect(r.tag).toMatch(/^[0-9A-F]{8}$/);
      expect(r.attribute).toBe(`${r.tag!.slice(0, 4)},${r.tag!.slice(4)}`);
      expect(r.keyword).toMatch(/^[A-Za-z]+$/);
    }
    for (const r of DEIDENTIFICATION_PROFILE) expect(r.why.length).toBeGreaterThan(20);
  });

  it("lists class rules after every single-attribute rule", () => {
    const firstClass = DEIDENTIFICATION_PROFILE.findIndex((r) => r.tag === undefined);
    expect(DEIDENTIFICATION_PROFILE.slice(firstClass).every((r) => r.tag === undefined)).toBe(true);
  });
});

describe("ruleForTag", () => {
  it("accepts dicom-parser's x-prefixed lower-case tags and bare ones", () => {
    for (const t of ["x00100010", "X00100010", "00100010"]) expect(ruleForTag(t)?.keyword).toBe("PatientName");
    expect(ruleForTag("x0008103e")?.keyword).toBe("SeriesDescription");
  });

  it("knows nothing of attributes the table does not name (pixel geometry, private tags)", () => {
    expect(ruleForTag("x00280010")).toBeUndefined(); // Rows
    expect(ruleForTag("x00291010")).toBeUndefined(); // a private tag: covered by the class rule, not by tag
    expect(ruleForTag("")).toBeUndefined();
  });
});
