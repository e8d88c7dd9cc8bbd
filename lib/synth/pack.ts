// Writes a complete synthetic preview pack in the vendor's layout: DICOMDIR, ST*/SE*/IM* (+ .jpg), PDF, CSV.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_CONDITIONS_CSV, writeConditionsCsv } from "./conditions-csv";
import { buildDicomdir, type DirPatient } from "./dicomdir";
import { dicomParser } from "./dicom-parser";
import type { PlanOptions } from "./planes";
import { produceAll } from "./pool";
import { REPORT_NAME, type ProduceOptions, type Produced } from "./produce";
import { uidFor } from "./rng";
import { LABELS_NAME, writeLabelsFile } from "./labels-file";

export const FILE_SET_ID = "SYNTHETIC";
export { REPORT_NAME };
export const CSV_NAME = "Spine_MRI_conditions.csv";
export { LABELS_NAME };

export interface PackOptions extends PlanOptions {
  studies?: number;
  seed?: string;
  /** Copied as Spine_MRI_conditions.csv when it exists (null: always write the fallback table). */
  conditionsCsv?: string | null;
  /** Replace a non-empty directory that does not hold an earlier synthetic pack. */
  force?: boolean;
  jpegQuality?: number;
  /** Worker threads rendering studies in parallel (default 1: in-process). */
  workers?: number;
  onImage?: (bytes: number) => void;
}

export interface PackSummary {
  outDir: string;
  studies: number;
  images: number;
  files: number;
  bytes: number;
  csv: "copied" | "fallback";
  ms: number;
}

const OWN = /^(ST\d{6}|DICOMDIR|Lumbar_Spine_MRI\.pdf|Spine_MRI_conditions\.csv|Spine_MRI_labels\.csv)$/;

/** Empty dir, or one whose DICOMDIR says it is our synthetic pack: then our own entries are cleared (idempotent). */
async function prepare(outDir: string, force: boolean): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const entries = await readdir(outDir);
  if (entries.length === 0) return;
  let ours = false;
  try {
    const ds = dicomParser.parseDicom(new Uint8Array(await readFile(path.join(outDir, "DICOMDIR"))));
    ours = ds.string("x00041130") === FILE_SET_ID;
  } catch {
    ours = false;
  }
  if (!ours && !force) {
    throw new Error(`${outDir} is not empty and holds no synthetic pack; pass --force to replace its pack entries`);
  }
  await Promise.all(
    entries.filter((e) => OWN.test(e)).map((e) => rm(path.join(outDir, e), { recursive: true, force: true })),
  );
}

export async function generatePack(outDir: string, o: PackOptions = {}): Promise<PackSummary> {
  const started = performance.now();
  const studies = o.studies ?? 1;
  const seed = o.seed ?? "lumbar-synth";
  if (!Number.isInteger(studies) || studies < 1 || studies > 999_999)
    throw new Error("studies must be an integer 1..999999");
  await prepare(outDir, o.force ?? false);
  const { sagMatrix, traMatrix, sagSlices, traPerDisc, jpegQuality } = o;
  const options: ProduceOptions = { seed, sagMatrix, traMatrix, sagSlices, traPerDisc, jpegQuality };
  const produced = await produceAll(outDir, studies, options, o.workers ?? 1, o.onImage);
  // One patient per study: the studies are unrelated synthetic people.
  const patients: DirPatient[] = produced.map((p) => ({ sex: p.sex, studies: [p.dir] }));
  const dicomdir = buildDicomdir(patients, uidFor(seed, `dicomdir/${studies}`), FILE_SET_ID);
  await writeFile(path.join(outDir, "DICOMDIR"), dicomdir);
  await writeLabelsFile(outDir, seed, produced);
  const csv = await writeConditionsCsv(
    path.join(outDir, CSV_NAME),
    o.conditionsCsv === undefined ? DEFAULT_CONDITIONS_CSV : o.conditionsCsv,
  );
  const sum = (f: (p: Produced) => number) => produced.reduce((a, p) => a + f(p), 0);
  return {
    outDir,
    studies,
    images: sum((p) => p.images),
    files: sum((p) => p.files) + 3,
    bytes: sum((p) => p.bytes) + dicomdir.length,
    csv,
    ms: performance.now() - started,
  };
}
