// Groups inspected instances by study and series until the next database flush, filling in generated UIDs for files
// that lack them (a few valid files carry no Study/Series/SOP Instance UID; they are still worth indexing).
import { createHash } from "node:crypto";
import path from "node:path";
import type { Inspected, InstanceMeta, Problem } from "./types";

export interface InstanceRow {
  sopInstanceUid: string;
  sopClassUid: string | null;
  instanceNumber: number | null;
  rows: number | null;
  columns: number | null;
  frames: number;
  bitsAllocated: number | null;
  photometric: string | null;
  transferSyntaxUid: string;
  sliceLocation: number | null;
  fileKey: string;
  jpgKey: string | null;
  sizeBytes: number;
  sha256: string;
}

export interface PhiEntry {
  file: string;
  keyword: string;
  tag: string;
  path: string;
  reason?: string;
}

export interface SeriesPart {
  uid: string;
  fields: { seriesNumber: number | null; plane: string | null; description: string | null; modality: string | null };
  instances: InstanceRow[];
}

export interface StudyPart {
  uid: string;
  fields: Pick<
    InstanceMeta,
    "modality" | "manufacturer" | "model" | "fieldStrength" | "bodyPart" | "patientAge" | "patientSex"
  > & {
    description: string | null;
  };
  series: Map<string, SeriesPart>;
  /** Every file of this batch (its PHI entries replace earlier ones for the same files). */
  files: string[];
  phi: PhiEntry[];
}

/** A DICOM UID under the UUID-derived root 2.25, stable for the same input (so re-runs file the same way). */
export function generatedUid(kind: string, seed: string): string {
  const hex = createHash("sha256").update(`${kind}\0${seed}`).digest("hex").slice(0, 32);
  return `2.25.${BigInt(`0x${hex}`).toString()}`;
}

const folderOf = (rel: string) => (path.posix.dirname(rel) === "." ? "" : path.posix.dirname(rel));

export class Batch {
  readonly studies = new Map<string, StudyPart>();
  size = 0;

  constructor(private readonly problems: Problem[]) {}

  add(r: Extract<Inspected, { kind: "instance" }>, jpgKey: string | null): void {
    const m = r.meta;
    const missing: string[] = [];
    const studyUid = m.studyInstanceUid ?? (missing.push("Study"), generatedUid("study", folderOf(r.rel)));
    const seriesUid =
      m.seriesInstanceUid ?? (missing.push("Series"), generatedUid("series", `${studyUid}\0${folderOf(r.rel)}`));
    const sopUid = m.sopInstanceUid ?? (missing.push("SOP"), generatedUid("sop", r.sha256));
    if (missing.length > 0) {
      this.problems.push({
        path: r.rel,
        problem: `no ${missing.join("/")} Instance UID in the file; filed under generated UIDs (one study and series per folder)`,
      });
    }
    let study = this.studies.get(studyUid);
    if (!study) {
      const { modality, manufacturer, model, fieldStrength, bodyPart, patientAge, patientSex } = m;
      const fields = {
        modality,
        manufacturer,
        model,
        fieldStrength,
        bodyPart,
        patientAge,
        patientSex,
        description: m.studyDescription,
      };
      study = { uid: studyUid, fields, series: new Map(), files: [], phi: [] };
      this.studies.set(studyUid, study);
    }
    let series = study.series.get(seriesUid);
    if (!series) {
      series = {
        uid: seriesUid,
        fields: {
          seriesNumber: m.seriesNumber,
          plane: m.plane,
          description: m.seriesDescription,
          modality: m.modality,
        },
        instances: [],
      };
      study.series.set(seriesUid, series);
    }
    series.instances.push({
      sopInstanceUid: sopUid,
      sopClassUid: m.sopClassUid,
      instanceNumber: m.instanceNumber,
      rows: m.rows,
      columns: m.columns,
      frames: m.frames,
      bitsAllocated: m.bitsAllocated,
      photometric: m.photometric,
      transferSyntaxUid: m.transferSyntaxUid,
      sliceLocation: m.sliceLocation,
      fileKey: r.rel,
      jpgKey,
      sizeBytes: r.size,
      sha256: r.sha256,
    });
    study.files.push(r.rel);
    for (const f of r.phi)
      study.phi.push({
        file: r.rel,
        keyword: f.keyword,
        tag: f.tag,
        path: f.path,
        ...(f.reason ? { reason: f.reason } : {}),
      });
    this.size++;
  }

  clear(): void {
    this.studies.clear();
    this.size = 0;
  }
}
