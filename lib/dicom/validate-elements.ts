// Element-level checks dicom-parser skips: valid VRs, reserved groups, stray Pixel Data group tags, UID syntax, private-only data sets.
import type { DataSet, Element } from "dicom-parser";
import { str } from "./summary";

const VRS = new Set(
  "AE AS AT CS DA DS DT FL FD IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN UR US UT UV".split(" "),
);
/** PS3.5 7.8.1: these odd groups may not carry private data; a file using them is damaged. */
const RESERVED_GROUPS = new Set(["0001", "0003", "0005", "0007", "ffff"]);
/** Elements defined in group 7FE0 (PS3.6); anything else there is a damaged Pixel Data tag. */
const PIXEL_GROUP_ELEMENTS = new Set(["0000", "0001", "0002", "0003", "0008", "0009", "0010", "0020", "0030", "0040"]);
const MAX_DEPTH = 16;

export const fmtTag = (tag: string) => `(${tag.slice(1, 5)},${tag.slice(5, 9)})`.toUpperCase();
export const isPrivateTag = (tag: string) => parseInt(tag.slice(4, 5), 16) % 2 === 1;

/** Visits every element, descending into sequence items (bounded depth). */
export function walkElements(ds: DataSet, visit: (el: Element, depth: number) => void, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  for (const el of Object.values(ds.elements)) {
    if (el.tag.startsWith("xfffe")) continue; // item / delimitation items, not attributes
    visit(el, depth);
    for (const item of el.items ?? []) if (item.dataSet) walkElements(item.dataSet, visit, depth + 1);
  }
}

export function elementProblems(ds: DataSet, explicitVr: boolean): string[] {
  const problems: string[] = [];
  walkElements(ds, (el, depth) => {
    const group = el.tag.slice(1, 5);
    if (explicitVr && el.vr !== undefined && !VRS.has(el.vr)) {
      problems.push(`element ${fmtTag(el.tag)} has an invalid VR '${el.vr.replace(/[^\x20-\x7e]/g, "?")}'`);
    }
    const element = parseInt(el.tag.slice(5), 16);
    if (
      explicitVr &&
      isPrivateTag(el.tag) &&
      element >= 0x10 &&
      element <= 0xff &&
      el.vr &&
      el.vr !== "LO" &&
      el.vr !== "UN"
    ) {
      problems.push(`private creator ${fmtTag(el.tag)} has VR ${el.vr}, not LO: the tag looks damaged`);
    }
    if (RESERVED_GROUPS.has(group))
      problems.push(`element ${fmtTag(el.tag)} uses group ${group}, which DICOM reserves`);
    if (depth === 0 && group === "7fe0" && !PIXEL_GROUP_ELEMENTS.has(el.tag.slice(5))) {
      problems.push(`unexpected element ${fmtTag(el.tag)} in the Pixel Data group: the Pixel Data tag looks damaged`);
    }
  });
  const standard = Object.keys(ds.elements).filter((t) => !t.startsWith("x0002") && !isPrivateTag(t));
  if (standard.length === 0) {
    const priv = Object.keys(ds.elements).find((t) => !t.startsWith("x0002"));
    problems.push(
      priv
        ? `the data set holds only private attributes (such as ${fmtTag(priv)}) and no standard ones`
        : "the data set is empty",
    );
  }
  return problems;
}

/** PS3.5 9.1: digits and dots, no empty or zero-padded components, at most 64 characters. */
export function isValidUid(uid: string): boolean {
  return uid.length <= 64 && /^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$/.test(uid);
}

const UID_ATTRIBUTES: [string, string][] = [
  ["x00020002", "Media Storage SOP Class UID"],
  ["x00020003", "Media Storage SOP Instance UID"],
  ["x00080016", "SOP Class UID"],
  ["x00080018", "SOP Instance UID"],
  ["x0020000d", "Study Instance UID"],
  ["x0020000e", "Series Instance UID"],
];

/** Problems for present-but-malformed UIDs; warnings for absent ones (the corpus has valid files without them). */
export function uidChecks(ds: DataSet, isDicomdir: boolean): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const [tag, name] of UID_ATTRIBUTES) {
    const v = str(ds, tag);
    if (v !== null && !isValidUid(v)) {
      const shown = v.length > 70 ? `${v.slice(0, 64)}...` : v;
      problems.push(`${name} ${fmtTag(tag)} is not a valid UID: "${shown.replace(/[^\x20-\x7e]/g, "?")}"`);
    }
  }
  if (isDicomdir) return { problems, warnings };
  if (!str(ds, "x00080018") && !str(ds, "x00020003")) warnings.push("SOP Instance UID is missing");
  else if (!str(ds, "x00080018")) warnings.push("SOP Instance UID missing from the data set; using the file meta copy");
  if (!str(ds, "x00080016") && !str(ds, "x00020002")) warnings.push("SOP Class UID is missing");
  if (!str(ds, "x0020000d")) warnings.push("Study Instance UID is missing");
  if (!str(ds, "x0020000e")) warnings.push("Series Instance UID is missing");
  const meta = str(ds, "x00020003");
  const own = str(ds, "x00080018");
  if (meta && own && meta !== own) warnings.push("SOP Instance UID differs between file meta and data set");
  return { problems, warnings };
}
