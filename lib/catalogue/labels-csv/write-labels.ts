// The labels table written back out: the header and one record's cells in the order LABEL_COLUMNS documents, as
// parse-labels reads them (for the synthetic pack's labels file and the tests' generated tables).
import { LABEL_COLUMNS } from "./columns";
import type { LabelRow } from "./parse-labels";

export const LABEL_HEADERS = LABEL_COLUMNS.map((c) => c.header);

/** One study's cells; unknowns (sex U, age -1, no race, scanner or field strength) are empty cells. */
export function labelCells(s: LabelRow): string[] {
  const cells: Record<(typeof LABEL_COLUMNS)[number]["key"], string> = {
    studyInstanceUid: s.studyInstanceUid,
    conditions: s.conditions.join("|"),
    method: s.method,
    sequences: s.sequences.join("|"),
    sex: s.sex === "U" ? "" : s.sex,
    age: s.age < 0 ? "" : String(s.age),
    race: s.race ?? "",
    manufacturer: s.manufacturer ?? "",
    model: s.model ?? "",
    fieldStrength: s.fieldStrength ? String(s.fieldStrength / 1000) : "",
    studyYear: String(s.studyYear),
    seriesCount: String(s.seriesCount),
    instanceCount: String(s.instanceCount),
    sizeBytes: String(s.sizeBytes),
    objectKey: s.objectKey,
    sha256: s.sha256,
  };
  return LABEL_COLUMNS.map((c) => cells[c.key]);
}
