// Writes small import folders in the vendor's layout for tests: dcmjs-built instances, a real DICOMDIR, fake JPG/PDF
// companions and a conditions CSV, so every fixture is generated, none checked in.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildPart10, mrDataset } from "../../dicom/test-utils/build-dicom";
import { buildDicomdir, type Links, type RecordSpec } from "../../dicom/test-utils/build-dicomdir";
import { textPdf } from "./text-pdf";

export const CLEAN_REPORT = [
  "Lumbar Spine MRI - Radiology Report",
  "Age: 45 years",
  "Sex: Female",
  "Preliminary diagnosis: L4-L5 disc herniation.",
];

export const UID = "1.2.826.0.1.3680043.8.498";
export const studyUid = (s: number) => `${UID}.${s}`;
export const seriesUid = (s: number, k: number) => `${UID}.${s}.${k}`;
export const sopUid = (s: number, k: number, n: number) => `${UID}.${s}.${k}.${n}`;
export const CSV = "condition,method,studies\nDisc herniation,MRI 1.5T,100\nScoliosis,MRI 3T,30\n";

const SAGITTAL = [0, 1, 0, 0, 0, -1];
const AXIAL = [1, 0, 0, 0, 1, 0];

export interface FolderSpec {
  /** Series per study, images per series: [[3, 2]] = one study with two series of 3 and 2 images. */
  studies: number[][];
  dicomdir?: boolean;
  /** Give files a .dcm extension. */
  dcm?: boolean;
  jpg?: boolean;
  pdf?: boolean;
  /** Lines of the PDF report's text (default: a clean report). */
  pdfLines?: string[];
  /** Attributes of the DICOMDIR's PATIENT record (default: an empty PatientID). */
  dicomdirPatient?: Record<string, unknown>;
  csv?: boolean;
  /** Extra attributes for one instance, keyed "s/k/n" (1-based), e.g. { "1/1/2": { PatientName: "DOE^JANE" } }. */
  overrides?: Record<string, Record<string, unknown>>;
  /** Rewrite DICOMDIR links (loops, offsets past the end). */
  patchDicomdir?: (links: Links, offsets: number[], fileSize: number) => void;
}

export const tempDir = (prefix = "importer-test-") => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

const pad = (n: number) => String(n).padStart(6, "0");
export const fileId = (s: number, k: number, n: number) => [`ST${pad(s)}`, `SE${pad(k)}`, `IM${pad(n)}`];

/** Writes the folder and returns the relative paths of its DICOM files, in order. */
export function makeFolder(root: string, spec: FolderSpec): string[] {
  const written: string[] = [];
  const records: RecordSpec[] = [{ type: "PATIENT", attrs: spec.dicomdirPatient ?? { PatientID: "" } }];
  spec.studies.forEach((seriesSizes, si) => {
    const s = si + 1;
    const studyRecord = records.push({ type: "STUDY", parent: 0, attrs: { StudyInstanceUID: studyUid(s) } }) - 1;
    seriesSizes.forEach((count, ki) => {
      const k = ki + 1;
      const seriesRecord =
        records.push({
          type: "SERIES",
          parent: studyRecord,
          attrs: { SeriesInstanceUID: seriesUid(s, k), Modality: "MR" },
        }) - 1;
      for (let n = 1; n <= count; n++) {
        const id = fileId(s, k, n);
        const rel = id.join("/") + (spec.dcm ? ".dcm" : "");
        const ds = mrDataset({
          SOPInstanceUID: sopUid(s, k, n),
          StudyInstanceUID: studyUid(s),
          SeriesInstanceUID: seriesUid(s, k),
          SeriesNumber: k,
          SeriesDescription: k % 2 ? "T2 SAG" : "T2 AX",
          ImageOrientationPatient: k % 2 ? SAGITTAL : AXIAL,
          InstanceNumber: n,
          ...spec.overrides?.[`${s}/${k}/${n}`],
        });
        fs.mkdirSync(path.join(root, ...id.slice(0, 2)), { recursive: true });
        fs.writeFileSync(path.join(root, rel), buildPart10(ds));
        if (spec.jpg) fs.writeFileSync(path.join(root, `${id.join("/")}.jpg`), Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
        records.push({ type: "IMAGE", parent: seriesRecord, fileId: id, attrs: { InstanceNumber: n } });
        written.push(rel);
      }
    });
  });
  if (spec.dicomdir) fs.writeFileSync(path.join(root, "DICOMDIR"), buildDicomdir(records, spec.patchDicomdir));
  if (spec.pdf || spec.pdfLines)
    fs.writeFileSync(path.join(root, "Lumbar_Spine_MRI.pdf"), textPdf(spec.pdfLines ?? CLEAN_REPORT));
  if (spec.csv) fs.writeFileSync(path.join(root, "Spine_MRI_conditions.csv"), CSV);
  return written;
}
