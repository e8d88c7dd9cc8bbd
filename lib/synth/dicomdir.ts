// DICOMDIR (Basic Directory, PS3.3 F) written with dcmjs; record offsets patched in a second pass, then verified.
import { EXPLICIT_VR_LE, writePart10, type NaturalDataset } from "./dcmjs";
import { fileMeta } from "./dicom-image";
import { walkDicomdir, recordLayout } from "./dicomdir-read";

export const MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10";

export interface DirImage {
  fileId: string[];
  sopClassUid: string;
  sopInstanceUid: string;
  instanceNumber: number;
}
export interface DirSeries {
  modality: string;
  seriesUid: string;
  seriesNumber: number;
  description: string;
  images: DirImage[];
}
export interface DirStudy {
  studyUid: string;
  date: string;
  time: string;
  description: string;
  series: DirSeries[];
}
export interface DirPatient {
  sex: string;
  studies: DirStudy[];
}

interface Node {
  record: NaturalDataset;
  children: Node[];
}

const OFFSETS = { OffsetOfTheNextDirectoryRecord: "UL", OffsetOfReferencedLowerLevelDirectoryEntity: "UL" };

function record(type: string, keys: NaturalDataset, children: Node[] = []): Node {
  return {
    record: {
      OffsetOfTheNextDirectoryRecord: 0,
      RecordInUseFlag: 0xffff,
      OffsetOfReferencedLowerLevelDirectoryEntity: 0,
      DirectoryRecordType: type,
      ...keys,
      _vrMap: OFFSETS,
    },
    children,
  };
}

function tree(patients: DirPatient[]): Node[] {
  // PatientID and StudyID are type 1 in these records, but stay empty to match the de-identified files (the
  // public-sample PHI check wants names/IDs empty); dciodvfy reports exactly these two, dcmtk reads them fine.
  return patients.map((p) =>
    record(
      "PATIENT",
      { PatientName: "", PatientID: "" },
      p.studies.map((st) =>
        record(
          "STUDY",
          {
            StudyDate: st.date,
            StudyTime: st.time,
            StudyDescription: st.description,
            StudyInstanceUID: st.studyUid,
            StudyID: "",
            AccessionNumber: "",
          },
          st.series.map((se) =>
            record(
              "SERIES",
              {
                Modality: se.modality,
                SeriesInstanceUID: se.seriesUid,
                SeriesNumber: String(se.seriesNumber),
                SeriesDescription: se.description,
              },
              se.images.map((im) =>
                record("IMAGE", {
                  ReferencedFileID: im.fileId,
                  ReferencedSOPClassUIDInFile: im.sopClassUid,
                  ReferencedSOPInstanceUIDInFile: im.sopInstanceUid,
                  ReferencedTransferSyntaxUIDInFile: EXPLICIT_VR_LE,
                  InstanceNumber: String(im.instanceNumber),
                }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Depth-first record order (patient, its studies, their series, their images), as dcmtk writes it. */
function flatten(nodes: Node[], out: Node[] = []): Node[] {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

export function buildDicomdir(patients: DirPatient[], sopInstanceUid: string, fileSetId = "SYNTHETIC"): Uint8Array {
  const roots = tree(patients);
  const order = flatten(roots);
  const bytes = writePart10(fileMeta(MEDIA_STORAGE_DIRECTORY, sopInstanceUid), {
    FileSetID: fileSetId,
    OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity: 0,
    OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity: 0,
    FileSetConsistencyFlag: 0,
    DirectoryRecordSequence: order.map((n) => n.record),
    _vrMap: {
      OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity: "UL",
      OffsetOfTheLastDirectoryRecordOfTheRootDirectoryEntity: "UL",
    },
  });
  // Second pass: UL values have a fixed size, so patching them moves nothing.
  const layout = recordLayout(bytes);
  if (layout.records.length !== order.length) throw new Error("DICOMDIR: record count mismatch after writing");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const index = new Map(order.map((n, k) => [n, k]));
  const at = new Map(order.map((n, k) => [n, layout.records[k]!.itemOffset]));
  const link = (siblings: Node[]) =>
    siblings.forEach((n, k) => {
      const rec = layout.records[index.get(n)!]!;
      const next = siblings[k + 1];
      view.setUint32(rec.nextValueAt, next ? at.get(next)! : 0, true);
      view.setUint32(rec.lowerValueAt, n.children.length ? at.get(n.children[0]!)! : 0, true);
      link(n.children);
    });
  link(roots);
  view.setUint32(layout.firstValueAt, roots.length ? at.get(roots[0]!)! : 0, true);
  view.setUint32(layout.lastValueAt, roots.length ? at.get(roots[roots.length - 1]!)! : 0, true);
  const walked = walkDicomdir(bytes);
  if (walked.length !== order.length)
    throw new Error(`DICOMDIR: offsets reach ${walked.length} of ${order.length} records`);
  return bytes;
}
