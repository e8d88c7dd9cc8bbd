// Builds DICOMDIR buffers with dcmjs whose record offsets are real (and can be corrupted on purpose: loops, past-the-end offsets).
import { buildPart10, recordOffsets, TS_EXPLICIT_LE } from "./build-dicom";

export interface RecordSpec {
  type: string;
  /** Index of the parent record in the spec list; undefined for root-level records. */
  parent?: number;
  fileId?: string[];
  attrs?: Record<string, unknown>;
}

/** Offsets to write: first root record, and per record its next sibling and first child (0 = none). */
export interface Links {
  root: number;
  next: number[];
  lower: number[];
}

function dataset(specs: RecordSpec[], links: Links | null): Record<string, unknown> {
  return {
    FileSetID: "TESTSET",
    OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity: links?.root ?? 0,
    OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity: 0,
    FileSetConsistencyFlag: 0,
    DirectoryRecordSequence: specs.map((spec, i) => ({
      OffsetOfTheNextDirectoryRecord: links?.next[i] ?? 0,
      RecordInUseFlag: 0xffff,
      OffsetOfReferencedLowerLevelDirectoryEntity: links?.lower[i] ?? 0,
      DirectoryRecordType: spec.type,
      ...(spec.fileId ? { ReferencedFileID: spec.fileId } : {}),
      ...spec.attrs,
    })),
  };
}

/** Standard links for the tree described by `parent` indices, given each record's byte offset. */
export function treeLinks(specs: RecordSpec[], offsets: number[]): Links {
  const at = (i: number | undefined) => (i === undefined || i < 0 ? 0 : (offsets[i] ?? 0));
  const next = specs.map((s, i) => at(specs.findIndex((t, j) => j > i && t.parent === s.parent)));
  const lower = specs.map((_, i) => at(specs.findIndex((t) => t.parent === i)));
  return { root: at(specs.findIndex((s) => s.parent === undefined)), next, lower };
}

/**
 * A DICOMDIR for `specs`. `patch` may rewrite the links (e.g. point a record back at an ancestor) before the final write;
 * offsets stay valid because every offset is a fixed-size UL.
 */
export function buildDicomdir(
  specs: RecordSpec[],
  patch?: (links: Links, offsets: number[], fileSize: number) => void,
  transferSyntaxUid = TS_EXPLICIT_LE,
): Uint8Array {
  const opts = { transferSyntaxUid, mediaStorageSopClassUid: "1.2.840.10008.1.3.10" };
  const draft = buildPart10(dataset(specs, null), opts);
  const offsets = recordOffsets(draft);
  const links = treeLinks(specs, offsets);
  patch?.(links, offsets, draft.length);
  const bytes = buildPart10(dataset(specs, links), opts);
  if (recordOffsets(bytes).join() !== offsets.join()) throw new Error("record offsets moved between writes");
  return bytes;
}

/** patient -> study -> series -> one IMAGE record per file id. */
export function simpleTree(fileIds: string[][]): RecordSpec[] {
  return [
    { type: "PATIENT", attrs: { PatientID: "ANON01" } },
    { type: "STUDY", parent: 0, attrs: { StudyInstanceUID: "1.2.826.0.1.3680043.8.498.2" } },
    { type: "SERIES", parent: 1, attrs: { SeriesInstanceUID: "1.2.826.0.1.3680043.8.498.3", Modality: "MR" } },
    ...fileIds.map((fileId, i) => ({ type: "IMAGE", parent: 2, fileId, attrs: { InstanceNumber: i + 1 } })),
  ];
}
