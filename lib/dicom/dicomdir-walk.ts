// Follows a parsed DICOMDIR's directory-record linked lists (PS3.3 F.3) into a patient/study/series/instance tree, reporting bad links instead of looping.
import type { DataSet } from "dicom-parser";
import { str, uint16 } from "./summary";

export interface DirectoryRecord {
  type: string;
  /** Byte offset of the record's item tag in the DICOMDIR file. */
  offset: number;
  /** ReferencedFileID components (e.g. ["ST000001", "SE000001", "IM000001"]), null when the record references no file. */
  fileId: string[] | null;
  /** Resolved path of the referenced file (set by readDicomdir when it exists on disk). */
  path?: string;
  referencedSopClassUid: string | null;
  referencedSopInstanceUid: string | null;
  referencedTransferSyntaxUid: string | null;
  /** Identifying keys of the level (PatientID, PatientName, PatientBirthDate, StudyInstanceUID, SeriesInstanceUID, Modality, numbers). */
  keys: Partial<
    Record<
      | "patientId"
      | "patientName"
      | "patientBirthDate"
      | "studyInstanceUid"
      | "studyDate"
      | "seriesInstanceUid"
      | "modality"
      | "seriesNumber"
      | "instanceNumber",
      string
    >
  >;
  children: DirectoryRecord[];
}

const INSTANCE_TYPES = new Set(
  (
    "IMAGE,RT DOSE,RT STRUCTURE SET,RT PLAN,RT TREAT RECORD,PRESENTATION,WAVEFORM,SR DOCUMENT,KEY OBJECT DOC,SPECTROSCOPY," +
    "RAW DATA,REGISTRATION,FIDUCIAL,ENCAP DOC,VALUE MAP,STEREOMETRIC,MEASUREMENT,SURFACE,SURFACE SCAN,TRACT,ASSESSMENT," +
    "RADIOTHERAPY,ANNOTATION,PLAN,INVENTORY,OVERLAY,MODALITY LUT,VOI LUT,CURVE,STORED PRINT"
  ).split(","),
);
const OTHER_TYPES = new Set(
  "TOPIC,HANGING PROTOCOL,PALETTE,IMPLANT,IMPLANT ASSY,IMPLANT GROUP,HL7 STRUC DOC,VISIT,RESULTS,INTERPRETATION,STUDY COMPONENT,MRDR,PRIVATE".split(
    ",",
  ),
);
/** Where each level may sit (PS3.3 Table F.4-1); other known types are accepted anywhere. */
const PARENT: Record<string, string> = { PATIENT: "ROOT", STUDY: "PATIENT", SERIES: "STUDY" };
const MAX_DEPTH = 8;

const KEY_TAGS: [keyof DirectoryRecord["keys"], string][] = [
  ["patientId", "x00100020"],
  ["patientName", "x00100010"],
  ["patientBirthDate", "x00100030"],
  ["studyInstanceUid", "x0020000d"],
  ["studyDate", "x00080020"],
  ["seriesInstanceUid", "x0020000e"],
  ["modality", "x00080060"],
  ["seriesNumber", "x00200011"],
  ["instanceNumber", "x00200013"],
];

function toRecord(item: DataSet, offset: number): DirectoryRecord {
  const keys: DirectoryRecord["keys"] = {};
  for (const [key, tag] of KEY_TAGS) {
    const v = str(item, tag);
    if (v !== null) keys[key] = v;
  }
  const fileIdRaw = str(item, "x00041500");
  return {
    type: (str(item, "x00041430") ?? "").toUpperCase(),
    offset,
    fileId: fileIdRaw
      ? fileIdRaw
          .split("\\")
          .map((c) => c.trim())
          .filter((c) => c.length > 0)
      : null,
    referencedSopClassUid: str(item, "x00041510"),
    referencedSopInstanceUid: str(item, "x00041511"),
    referencedTransferSyntaxUid: str(item, "x00041512"),
    keys,
    children: [],
  };
}

function placementProblem(rec: DirectoryRecord, parent: string): string | null {
  const where = `${rec.type || "untyped"} record at offset ${rec.offset}`;
  if (!rec.type) return `record at offset ${rec.offset} has no Directory Record Type (0004,1430)`;
  const expectedParent = PARENT[rec.type] ?? (INSTANCE_TYPES.has(rec.type) ? "SERIES" : undefined);
  if (expectedParent === undefined && !OTHER_TYPES.has(rec.type))
    return `record at offset ${rec.offset} has an unknown Directory Record Type "${rec.type.slice(0, 20)}"`;
  if (expectedParent !== undefined && expectedParent !== parent) {
    return `${where} sits ${parent === "ROOT" ? "at the root" : `under a ${parent} record`}; it belongs under ${expectedParent === "ROOT" ? "the root" : `a ${expectedParent} record`}`;
  }
  return null;
}

/** Walks the record tree of a parsed DICOMDIR. Every record is visited at most once, so cycles and bad offsets end the walk. */
export function walkDirectory(ds: DataSet): { records: DirectoryRecord[]; problems: string[] } {
  const problems: string[] = [];
  const fileLength = ds.byteArray.length;
  const items = ds.elements.x00041220?.items ?? [];
  const byOffset = new Map<number, DataSet>();
  for (const item of items) if (item.dataSet) byOffset.set(item.dataOffset - 8, item.dataSet);
  if (!ds.elements.x00041220) problems.push("Directory Record Sequence (0004,1220) is missing");
  const visited = new Set<number>();

  const walkList = (start: number, parent: string, depth: number): DirectoryRecord[] => {
    const out: DirectoryRecord[] = [];
    if (depth > MAX_DEPTH) {
      problems.push(`directory records nest deeper than ${MAX_DEPTH} levels at offset ${start}`);
      return out;
    }
    for (let cur = start; cur !== 0;) {
      if (visited.has(cur)) {
        problems.push(`record offset ${cur} loops back to a record already visited (cycle)`);
        break;
      }
      visited.add(cur);
      const item = byOffset.get(cur);
      if (!item) {
        problems.push(
          cur >= fileLength
            ? `record offset ${cur} points past the end of the file (${fileLength} bytes)`
            : `record offset ${cur} does not point at a directory record`,
        );
        break;
      }
      const rec = toRecord(item, cur);
      const misplaced = placementProblem(rec, parent);
      if (misplaced) problems.push(misplaced);
      const next = item.elements.x00041400 ? item.uint32("x00041400") : undefined;
      const lower = item.elements.x00041420 ? item.uint32("x00041420") : undefined;
      if (next === undefined)
        problems.push(`record at offset ${cur} lacks Offset of the Next Directory Record (0004,1400)`);
      if (lower === undefined)
        problems.push(`record at offset ${cur} lacks Offset of Referenced Lower-Level Directory Entity (0004,1420)`);
      if (lower) rec.children = walkList(lower, rec.type, depth + 1);
      if (uint16(item, "x00041410") !== 0) out.push(rec);
      cur = next ?? 0;
    }
    return out;
  };

  const rootElement = ds.elements.x00041200;
  const root = rootElement ? ds.uint32("x00041200") : undefined;
  if (root === undefined) {
    if (items.length > 0)
      problems.push("Offset of the First Directory Record of the Root Directory Entity (0004,1200) is missing");
    return { records: [], problems };
  }
  const records = root === 0 ? [] : walkList(root, "ROOT", 0);
  if (root === 0 && items.length > 0)
    problems.push(`root offset is 0 but the directory holds ${items.length} record(s)`);
  const unreached = [...byOffset.entries()].filter(
    ([off, item]) => !visited.has(off) && uint16(item, "x00041410") !== 0,
  );
  if (unreached.length > 0 && root !== 0)
    problems.push(`${unreached.length} directory record(s) are not reachable from the root`);
  return { records, problems };
}
