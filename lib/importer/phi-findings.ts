// Study.phiFindings: which identifying attributes (keyword + tag + where, never the value) sit in which files of a
// study. Kept per file so a later run that re-checks some files replaces exactly their entries.
import { describeFinding } from "../dicom/phi-check";
import type { PhiEntry } from "./batch";

/** How many file names one reason line lists before "and N more". */
const FILES_PER_REASON = 5;

function parse(json: string | null): PhiEntry[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? (v as PhiEntry[]) : [];
  } catch {
    return [];
  }
}

const order = (a: PhiEntry, b: PhiEntry) =>
  a.file === b.file ? (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) : a.file < b.file ? -1 : 1;

/** Existing findings minus those of the files just checked, plus the new ones; null when the study is clean. */
export function mergePhi(existing: string | null, checkedFiles: string[], found: PhiEntry[]): string | null {
  const checked = new Set(checkedFiles);
  const merged = [...parse(existing).filter((e) => !checked.has(e.file)), ...found].sort(order);
  return merged.length > 0 ? JSON.stringify(merged) : null;
}

/** One line per attribute: "PatientName (0010,0010) in 2 file(s): ST000001/SE000001/IM000003, ...". */
export function phiReasons(json: string | null): string[] {
  const byAttribute = new Map<string, Set<string>>();
  for (const e of parse(json)) {
    const label = describeFinding(e);
    const files = byAttribute.get(label) ?? new Set<string>();
    files.add(e.file);
    byAttribute.set(label, files);
  }
  return [...byAttribute].map(([label, files]) => {
    const list = [...files];
    const shown = list.slice(0, FILES_PER_REASON).join(", ");
    const more = list.length > FILES_PER_REASON ? `, and ${list.length - FILES_PER_REASON} more` : "";
    return `${label} in ${list.length} file(s): ${shown}${more}`;
  });
}
