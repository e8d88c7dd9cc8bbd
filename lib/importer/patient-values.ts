// Keeps patient names, ids and birth dates out of the catalogue even where they hide outside the patient attributes:
// in a descriptive attribute (one corpus file has StudyDescription "Anonymous", its PatientName) the field is dropped;
// in the file's own path (dcmmkdir names folders after the PatientID) the study is kept unpublished (PATH_FINDING).
import { containsAny, identifierLike, identifyingValues, valuePattern } from "../dicom/identifiers";
import type { InstanceMeta } from "./types";

export { containsAny, identifyingValues };

/** Free-text attributes the catalogue stores. */
const TEXT_FIELDS = ["studyDescription", "seriesDescription", "manufacturer", "model", "bodyPart"] as const;

/** A PHI finding for a file whose folder or file name repeats a patient value: such a study is never published. */
export const PATH_FINDING = {
  keyword: "FilePath",
  tag: "(file path)",
  path: "folder or file name repeats a patient value",
};

/** Nulls every stored text field holding one of the file's identifying values; returns the fields dropped. */
export function dropPatientValues(meta: InstanceMeta, values: string[]): string[] {
  const dropped: string[] = [];
  for (const field of TEXT_FIELDS) {
    const text = meta[field];
    // Descriptions are also dropped when they look like they name someone (an MRN label, a date, a DICOM-form name).
    const screened = field === "studyDescription" || field === "seriesDescription";
    if (text && (containsAny(text, values) || (screened && identifierLike(text) !== null))) {
      meta[field] = null;
      dropped.push(field);
    }
  }
  return dropped;
}

/** Replaces identifying values inside every string of a JSON-able value (for what the database keeps of a report). */
export function redactValues<T>(value: T, values: Iterable<string>): T {
  const patterns = [...values]
    .sort((a, b) => b.length - a.length)
    .map((v) => valuePattern(v, "giu"))
    .filter((p): p is RegExp => p !== null);
  if (patterns.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return patterns.reduce((s, p) => s.replace(p, "$1[patient value]"), v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
