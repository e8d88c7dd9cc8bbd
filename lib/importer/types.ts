// Shapes shared by the import pipeline's steps (walk -> inspect -> write -> publish -> report) and its CLI.
import type { PhiFinding } from "../dicom";
import type { Storage } from "../storage";

export interface ImportOptions {
  /** Dataset the studies belong to (created when missing). */
  datasetSlug: string;
  /** Mark the studies as the public preview; each is published only when every one of its files passes the PHI check. */
  sample?: boolean;
  /** Worker threads that read, hash and parse files; 0 = in this thread. Default: one per core, at most 4. */
  workers?: number;
  /** Instances written per database flush (each flush is one transaction per study). */
  batchSize?: number;
  /** Stops the run between files, as a kill would: nothing pending is written, the run is marked failed. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Load the pack's conditions CSV (default true). The demo seed turns it off so a synthetic pack never replaces
   *  figures an operator imported. */
  statistics?: boolean;
  /** Import the pack's per-study labels file(s) into the catalogue (default true). */
  labels?: boolean;
  /** Recorded on a statistics import (StatImport.importedBy). */
  importedBy?: string;
  /** Copy each study's files into this storage (per study) and record its location; unset: index them in place. */
  destination?: (studyUid: string) => Storage;
  /** Runs after the studies are written and published, with the ids of the studies this run touched (archives). */
  afterImport?: (studyIds: string[]) => Promise<void>;
  /** The background job running this import: runs an earlier attempt of the same job left "running" (its worker was
   *  killed) are marked failed first, and the new run records the job. */
  jobId?: string;
}

export interface ImportProgress {
  done: number;
  total: number;
  /** Relative path of the last file handled. */
  file: string;
}

export interface Rejected {
  path: string;
  reason: string;
}

export interface Problem {
  path: string;
  problem: string;
}

export interface Unpublished {
  study: string;
  reasons: string[];
}

export interface StatisticsOutcome {
  path: string;
  status: "imported" | "unchanged";
  rows: number;
  totalStudies: number;
}

/** What `npm run import -- --json` prints as its last line (the first six keys are the documented contract). */
export interface ImportReport {
  studies: number;
  series: number;
  instances: number;
  rejected: Rejected[];
  unpublished: Unpublished[];
  seconds: number;
  /** DICOMDIR problems, files with generated UIDs, DICOM files the DICOMDIR does not list, report ambiguities. */
  problems: Problem[];
  /** Non-DICOM stray files (README, .DS_Store, ...) that were skipped. */
  ignored: number;
  /** Bytes of the DICOM files read. */
  bytes: number;
  /** Rows this run actually wrote: 0 everywhere on a re-run of an unchanged folder. */
  written: { studies: number; series: number; instances: number };
  statistics: StatisticsOutcome[];
  /** Per-study labels files imported into the catalogue. */
  labels: LabelsOutcome[];
  runId: string;
  root: string;
}

/** Per-file verdict of the inspect step (worker threads send these back; plain data only). */
export type Inspected =
  /** `identifiers`: the file's patient values, for checking the study's PDF report (never stored). */
  | {
      kind: "instance";
      rel: string;
      size: number;
      sha256: string;
      meta: InstanceMeta;
      phi: PhiFinding[];
      warnings: string[];
      identifiers: string[];
    }
  | { kind: "dicomdir"; rel: string; problems: string[] }
  /** `identifiers`: the patient values a rejected path repeats, so the stored report can redact them (never stored). */
  | { kind: "rejected"; rel: string; reason: string; identifiers?: string[] };

/** The patient-free attributes the catalogue keeps (no name, id or birth date ever leaves the worker). */
export interface InstanceMeta {
  sopInstanceUid: string | null;
  sopClassUid: string | null;
  studyInstanceUid: string | null;
  seriesInstanceUid: string | null;
  transferSyntaxUid: string;
  instanceNumber: number | null;
  rows: number | null;
  columns: number | null;
  frames: number;
  bitsAllocated: number | null;
  photometric: string | null;
  sliceLocation: number | null;
  seriesNumber: number | null;
  seriesDescription: string | null;
  plane: string | null;
  modality: string | null;
  manufacturer: string | null;
  model: string | null;
  fieldStrength: number | null;
  bodyPart: string | null;
  patientAge: string | null;
  patientSex: string | null;
  studyDescription: string | null;
}

export interface LabelsOutcome {
  path: string;
  status: "imported" | "unchanged";
  rows: number;
  /** The catalogue version after the import. */
  version: number;
}
