// Public-sample check of a study's PDF report: its text must not hold a name or identifier found in the pack's
// headers (any file's patient values, the DICOMDIR's), nor an identifier label followed by a value.
import { containsAny, nameParts } from "../dicom/identifiers";
import type { PhiEntry } from "./batch";

/** Labels that introduce an identifier; the captured word is the value (empty placeholders are fine). */
const LABEL =
  /\b(patient'?s?\s+name|name\s+of\s+(?:the\s+)?patient|MRN|medical\s+record\s+(?:no\.?|number)|patient\s+id|date\s+of\s+birth|DOB|SSN|accession\s+(?:no\.?|number))\b\s*[:#]?\s*([^\s,;]*)/giu;
const PLACEHOLDER = /^(|-+|n\/?a|none|anonymi[sz]ed|anonymous|removed|redacted|\[.*\]|\(.*|x+|\*+)$/iu;

/** Why the report must not be published, or null. Never returns the offending value itself. */
export function reportProblem(text: string, known: readonly string[]): string | null {
  if (containsAny(text, nameParts(known))) return "repeats a name or identifier found in the study's headers";
  for (const m of text.matchAll(LABEL)) {
    if (!PLACEHOLDER.test(m[2] ?? "")) return `holds an identifier after "${m[1]!.replace(/\s+/g, " ")}"`;
  }
  return null;
}

/** The PHI entry recorded on the study for its report (file = the report's key, so a re-check replaces it). */
export function reportEntry(reportKey: string, reason: string): PhiEntry {
  return { file: reportKey, keyword: "ReportText", tag: "(PDF report)", path: "(PDF report)", reason };
}
