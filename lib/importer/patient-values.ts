// Keeps patient names, ids and birth dates out of the catalogue even where they hide outside the patient attributes:
// in a descriptive attribute (one corpus file has StudyDescription "Anonymous", its PatientName) the field is dropped;
// in the file's own path (dcmmkdir names folders after the PatientID) the study is kept unpublished (PATH_FINDING).
import type { DataSet } from "dicom-parser";
import { str } from "../dicom/summary";
import type { InstanceMeta } from "./types";

/** PatientName, PatientID, PatientBirthDate, OtherPatientIDs, OtherPatientNames, PatientBirthName, PatientMotherBirthName. */
const IDENTIFYING_TAGS = ["x00100010", "x00100020", "x00100030", "x00101000", "x00101001", "x00101005", "x00101060"];
/** Free-text attributes the catalogue stores. */
const TEXT_FIELDS = ["studyDescription", "seriesDescription", "manufacturer", "model", "bodyPart"] as const;

/** A PHI finding for a file whose folder or file name repeats a patient value: such a study is never published. */
export const PATH_FINDING = { keyword: "FilePath", tag: "(file path)", path: "folder or file name repeats a patient value" };

const NOT_ALNUM = "[^\\p{L}\\p{N}]";

/**
 * A value as a whole word, whatever separates its parts: "Doe^Peter" also matches "DOE_PETER" and "doe peter",
 * "1990/01/" matches "1990-01"; "2016" inside a UID's "20160824113857" does not.
 */
function valuePattern(value: string, flags: string): RegExp | null {
  const runs = value.match(/[\p{L}\p{N}]+/gu);
  if (!runs || runs.join("").length < 2) return null;
  const body = runs.map((r) => r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(`${NOT_ALNUM}+`);
  return new RegExp(`(^|${NOT_ALNUM})${body}(?=$|${NOT_ALNUM})`, flags);
}

/** The file's identifying values (each repetition of a multi-valued attribute on its own). */
export function identifyingValues(ds: DataSet): string[] {
  const out = new Set<string>();
  for (const tag of IDENTIFYING_TAGS) {
    for (const v of (str(ds, tag) ?? "").split("\\")) if (valuePattern(v, "iu")) out.add(v.trim());
  }
  return [...out];
}

/** True when one of the values appears as a whole word of `text` (case-insensitive). */
export function containsAny(text: string, values: string[]): boolean {
  return values.some((v) => valuePattern(v, "iu")?.test(text) === true);
}

/** Nulls every stored text field holding one of the file's identifying values; returns the fields dropped. */
export function dropPatientValues(meta: InstanceMeta, values: string[]): string[] {
  if (values.length === 0) return [];
  const dropped: string[] = [];
  for (const field of TEXT_FIELDS) {
    const text = meta[field];
    if (text && containsAny(text, values)) {
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
