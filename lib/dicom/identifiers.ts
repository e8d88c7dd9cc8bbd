// Finding patient identifiers in text: the values a file (or a pack's DICOMDIR) names the patient by, whole-word
// matching of those values in any text, and a screen for identifier-like content in free-text descriptors.
import type { DataSet } from "dicom-parser";
import { str } from "./summary";

/** PatientName, PatientID, PatientBirthDate, OtherPatientIDs, OtherPatientNames, PatientBirthName, PatientMotherBirthName. */
export const IDENTIFYING_TAGS = [
  "x00100010",
  "x00100020",
  "x00100030",
  "x00101000",
  "x00101001",
  "x00101005",
  "x00101060",
];

const NOT_ALNUM = "[^\\p{L}\\p{N}]";

/**
 * A value as a whole word, whatever separates its parts: "Doe^Peter" also matches "DOE_PETER" and "doe peter",
 * "1990/01/" matches "1990-01"; "2016" inside a UID's "20160824113857" does not.
 */
export function valuePattern(value: string, flags: string): RegExp | null {
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
export function containsAny(text: string, values: readonly string[]): boolean {
  return values.some((v) => valuePattern(v, "iu")?.test(text) === true);
}

/** Also for family and given names on their own ("Jane Doe MRN 4711" when the header said "Doe^Jane"). */
export function nameParts(values: readonly string[]): string[] {
  const out = new Set(values);
  for (const v of values) {
    if (!v.includes("^")) continue;
    for (const part of v.split("^")) if (part.trim().length >= 3) out.add(part.trim());
  }
  return [...out];
}

/** What identifier-like content looks like in a descriptor (PS3.15 Clean Descriptors Option), most telling first. */
const SCREEN: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(MRN|MR\s?#|medical\s+record|patient\s*(name|id|no\b|number)|DOB|date\s+of\s+birth|birth\s*date|SSN|social\s+security|accession|acc\s?#|NHS\s*(no|number)|insurance\s*(no|number|id))/iu,
    "an identifier label",
  ],
  [/\p{L}{2,}\^\p{L}{2,}/u, "a person name in DICOM form"],
  [/[\w.+-]+@[\w-]+\.[\w.-]+/u, "an e-mail address"],
  [
    /\b(19|20)\d{2}[-./](0?[1-9]|1[0-2])[-./](0?[1-9]|[12]\d|3[01])\b|\b(0?[1-9]|[12]\d|3[01])[-./](0?[1-9]|1[0-2])[-./](19|20)\d{2}\b|\b(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b/u,
    "a date",
  ],
  [/(^|[^\d.])\d{6,}(?![\d.])/u, "an id-like number"],
];

/** Why a descriptor looks like it holds an identifier ("an identifier label", ...), or null when it looks clean. */
export function identifierLike(text: string): string | null {
  for (const [pattern, what] of SCREEN) if (pattern.test(text)) return what;
  return null;
}
