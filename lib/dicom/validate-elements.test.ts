// The element-level checks on parsed dcmjs-built files (some bytes patched to damage them on purpose): each problem
// names the tag; VR checks apply only to explicit VR; UID syntax per PS3.5 9.1; missing UIDs are warnings only.
import type { DataSet } from "dicom-parser";
import { describe, expect, it } from "vitest";
import { parseDicomFile } from "./parse-file";
import { buildPart10, mrDataset, type BuildOptions } from "./test-utils/build-dicom";
import { elementProblems, fmtTag, isPrivateTag, isValidUid, uidChecks, walkElements } from "./validate-elements";

function parse(bytes: Uint8Array): DataSet {
  const r = parseDicomFile(bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.dataSet;
}
const dataSet = (overrides: Record<string, unknown> = {}, opts?: BuildOptions) =>
  parse(buildPart10(mrDataset(overrides), opts));

/** Replaces the first occurrence of `from` (bytes) after the preamble with `to` (same length). */
function patch(bytes: Uint8Array, from: number[], to: number[]): Uint8Array {
  const out = bytes.slice();
  for (let i = 132; i < out.length; i++) {
    if (from.every((b, j) => out[i + j] === b)) {
      out.set(to, i);
      return out;
    }
  }
  throw new Error("pattern not found");
}

describe("fmtTag and isPrivateTag", () => {
  it("formats dicom-parser tags as (GGGG,EEEE) and tells private (odd) groups", () => {
    expect(fmtTag("x7fe00010")).toBe("(7FE0,0010)");
    expect(fmtTag("x0008103e")).toBe("(0008,103E)");
    expect(isPrivateTag("x00091010")).toBe(true);
    expect(isPrivateTag("x00291010")).toBe(true);
    expect(isPrivateTag("x00100010")).toBe(false);
    expect(isPrivateTag("x7fe00010")).toBe(false);
  });
});

describe("isValidUid", () => {
  it("accepts digits and dots without empty or zero-padded components, up to 64 characters", () => {
    for (const uid of ["0", "1.2.840.10008.1.2.1", "2.25.0", "1.0.3", `1.${"2".repeat(62)}`])
      expect(isValidUid(uid), uid).toBe(true);
    for (const uid of ["", "1..2", ".1", "1.", "1.02", "1.2.a", "1.2 ", "-1.2", `1.${"2".repeat(63)}`])
      expect(isValidUid(uid), uid).toBe(false);
  });
});

describe("walkElements", () => {
  it("visits nested sequence items with their depth, down to 16 levels and no deeper", () => {
    let nested: Record<string, unknown> = { TextValue: "deepest" };
    for (let level = 20; level >= 1; level--) nested = { TextValue: `level ${level}`, ContentSequence: [nested] };
    const ds = parse(buildPart10({ ...mrDataset(), ContentSequence: [nested] }));
    const texts: number[] = [];
    walkElements(ds, (el, depth) => {
      if (el.tag === "x0040a160") texts.push(depth);
      expect(el.tag.startsWith("xfffe")).toBe(false); // items and delimiters are not attributes
    });
    // TextValue of the item at nesting level d sits at depth d; levels 1..16 are visited.
    expect(texts).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });
});

describe("elementProblems", () => {
  it("finds nothing in a valid file", () => {
    expect(elementProblems(dataSet(), true)).toEqual([]);
  });

  it("names an element whose VR is not a DICOM VR, unprintable bytes shown as ?, in explicit VR only", () => {
    // (0008,103E) LO "T2 SAG": the VR bytes "LO" become 0x01 "O".
    const bytes = patch(
      buildPart10(mrDataset()),
      [0x08, 0x00, 0x3e, 0x10, 0x4c, 0x4f],
      [0x08, 0x00, 0x3e, 0x10, 0x01, 0x4f],
    );
    const ds = parse(bytes);
    expect(elementProblems(ds, true)).toEqual(["element (0008,103E) has an invalid VR '?O'"]);
    expect(elementProblems(ds, false)).toEqual([]);
  });

  it("names a private creator (gggg,0010-00FF) whose VR is not LO or UN", () => {
    expect(elementProblems(dataSet({}, { raw: { "00090010": { vr: "LO", Value: ["ACME"] } } }), true)).toEqual([]);
    expect(
      elementProblems(dataSet({}, { raw: { "00090010": { vr: "UN", Value: [new Uint8Array(4).buffer] } } }), true),
    ).toEqual([]);
    expect(elementProblems(dataSet({}, { raw: { "00090010": { vr: "SH", Value: ["ACME"] } } }), true)).toEqual([
      "private creator (0009,0010) has VR SH, not LO: the tag looks damaged",
    ]);
    // A private data element (gggg,1000+) may have any VR.
    expect(elementProblems(dataSet({}, { raw: { "00091010": { vr: "SH", Value: ["x"] } } }), true)).toEqual([]);
  });

  it("names elements in the odd groups DICOM reserves (PS3.5 7.8.1)", () => {
    const ds = dataSet({}, { raw: { "00011000": { vr: "LO", Value: ["x"] }, "00071000": { vr: "LO", Value: ["y"] } } });
    expect(elementProblems(ds, true).sort()).toEqual([
      "element (0001,1000) uses group 0001, which DICOM reserves",
      "element (0007,1000) uses group 0007, which DICOM reserves",
    ]);
  });

  it("names a top-level element in group 7FE0 that PS3.6 does not define", () => {
    const ds = dataSet({}, { raw: { "7FE00011": { vr: "OB", Value: [new Uint8Array(2).buffer] } } });
    expect(elementProblems(ds, true)).toEqual([
      "unexpected element (7FE0,0011) in the Pixel Data group: the Pixel Data tag looks damaged",
    ]);
  });

  it("refuses a data set with only private attributes, naming one", () => {
    const ds = parse(buildPart10({}, { raw: { "00091010": { vr: "LO", Value: ["x"] } } }));
    expect(elementProblems(ds, true)).toEqual([
      "the data set holds only private attributes (such as (0009,1010)) and no standard ones",
    ]);
  });
});

describe("uidChecks", () => {
  it("has nothing to say about a file with valid UIDs", () => {
    expect(uidChecks(dataSet(), false)).toEqual({ problems: [], warnings: [] });
  });

  it("names each malformed UID with its tag and value, shortening a very long one", () => {
    // dcmjs cuts a UI value at 64 characters: write the long one as UT, which it leaves alone.
    const long = { "0020000E": { vr: "UT", Value: [`1.${"9".repeat(80)}`] } };
    const { problems } = uidChecks(dataSet({ StudyInstanceUID: "1.2.03" }, { raw: long }), false);
    expect(problems).toEqual([
      'Study Instance UID (0020,000D) is not a valid UID: "1.2.03"',
      `Series Instance UID (0020,000E) is not a valid UID: "1.${"9".repeat(62)}..."`,
    ]);
  });

  it("checks the file meta copies too", () => {
    // buildPart10 copies SOPInstanceUID into Media Storage SOP Instance UID.
    const { problems } = uidChecks(dataSet({ SOPInstanceUID: "1.2.x" }), false);
    expect(problems).toEqual([
      'Media Storage SOP Instance UID (0002,0003) is not a valid UID: "1.2.x"',
      'SOP Instance UID (0008,0018) is not a valid UID: "1.2.x"',
    ]);
  });

  it("warns about missing UIDs, and about a data set that disagrees with its file meta", () => {
    expect(uidChecks(dataSet({ StudyInstanceUID: undefined, SeriesInstanceUID: undefined }), false).warnings).toEqual([
      "Study Instance UID is missing",
      "Series Instance UID is missing",
    ]);
    // No SOPInstanceUID: buildPart10 still writes a meta copy.
    expect(uidChecks(dataSet({ SOPInstanceUID: undefined }), false).warnings).toEqual([
      "SOP Instance UID missing from the data set; using the file meta copy",
    ]);
    // Meta "...498.1" changed to "...498.7"; the data set keeps "...498.1" (the meta group comes first in the file).
    const uid = [..."1.2.826.0.1.3680043.8.498.1"].map((c) => c.charCodeAt(0));
    const other = [...uid.slice(0, -1), "7".charCodeAt(0)];
    const ds = parse(patch(buildPart10(mrDataset()), uid, other));
    expect(uidChecks(ds, false).warnings).toEqual(["SOP Instance UID differs between file meta and data set"]);
  });

  it("does not ask a DICOMDIR for instance UIDs", () => {
    const ds = parse(buildPart10({ FileSetID: "SET" }, { mediaStorageSopClassUid: "1.2.840.10008.1.3.10" }));
    expect(uidChecks(ds, true).warnings).toEqual([]);
  });
});
