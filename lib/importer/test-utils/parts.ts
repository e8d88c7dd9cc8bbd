// Inspect-step verdicts and write contexts built by hand, for the write steps' tests: the real Batch groups them into
// the StudyParts the writers take, so the shapes stay those the pipeline produces.
import type { Db } from "../../db/create-client";
import type { PhiFinding } from "../../dicom";
import { Batch, type StudyPart } from "../batch";
import { indexReports } from "../find-reports";
import type { Inspected, InstanceMeta, Problem } from "../types";
import type { WriteContext } from "../write-context";

export type InstanceVerdict = Extract<Inspected, { kind: "instance" }>;

export const meta = (over: Partial<InstanceMeta> = {}): InstanceMeta => ({
  sopInstanceUid: "1.2.3.1.1.1",
  sopClassUid: "1.2.840.10008.5.1.4.1.1.4",
  studyInstanceUid: "1.2.3.1",
  seriesInstanceUid: "1.2.3.1.1",
  transferSyntaxUid: "1.2.840.10008.1.2.1",
  instanceNumber: 1,
  rows: 4,
  columns: 4,
  frames: 1,
  bitsAllocated: 16,
  photometric: "MONOCHROME2",
  sliceLocation: 0.5,
  seriesNumber: 1,
  seriesDescription: "T2 SAG",
  plane: "sagittal",
  modality: "MR",
  manufacturer: "ACME",
  model: "Scanner",
  fieldStrength: 1.5,
  bodyPart: "LSPINE",
  patientAge: "045Y",
  patientSex: "F",
  studyDescription: "Lumbar spine",
  ...over,
});

/** One file of study `s`, series `k`, number `n`, under ST<s>/SE<k>/IM<n>. */
export function instance(
  s: number,
  k: number,
  n: number,
  over: { meta?: Partial<InstanceMeta>; size?: number; sha256?: string; phi?: PhiFinding[]; rel?: string } = {},
): InstanceVerdict {
  return {
    kind: "instance",
    rel: over.rel ?? `ST${s}/SE${k}/IM${n}`,
    size: over.size ?? 100 * n,
    sha256: over.sha256 ?? `sha-${s}-${k}-${n}`.padEnd(64, "0"),
    meta: meta({
      studyInstanceUid: `1.2.3.${s}`,
      seriesInstanceUid: `1.2.3.${s}.${k}`,
      sopInstanceUid: `1.2.3.${s}.${k}.${n}`,
      seriesNumber: k,
      instanceNumber: n,
      ...over.meta,
    }),
    phi: over.phi ?? [],
    warnings: [],
    identifiers: [],
  };
}

/** The StudyParts the real Batch makes of these verdicts (JPG key: `<rel>.jpg` when `jpg`). */
export function partsOf(files: InstanceVerdict[], opts: { jpg?: boolean } = {}): StudyPart[] {
  const problems: Problem[] = [];
  const batch = new Batch(problems);
  for (const f of files) batch.add(f, opts.jpg ? `${f.rel}.jpg` : null);
  return [...batch.studies.values()];
}

export const partOf = (files: InstanceVerdict[], opts: { jpg?: boolean } = {}): StudyPart => {
  const parts = partsOf(files, opts);
  if (parts.length !== 1) throw new Error(`expected one study, got ${parts.length}`);
  return parts[0]!;
};

let datasets = 0;
/** A fresh dataset and a write context over it (studies live under `root`, reports from `pdfs`). */
export async function writeContext(
  db: Db,
  opts: { root?: string; sample?: boolean; pdfs?: string[]; locationFor?: (uid: string) => string } = {},
): Promise<WriteContext> {
  const slug = `write-test-${process.pid}-${++datasets}`;
  const dataset = await db.dataset.create({ data: { slug, title: slug } });
  const root = opts.root ?? "/import/root";
  return {
    datasetId: dataset.id,
    root,
    locationFor: opts.locationFor ?? (() => root),
    sample: opts.sample ?? false,
    reports: indexReports(opts.pdfs ?? []),
  };
}

export const studyRows = (db: Db, datasetId: string) =>
  db.study.findMany({
    where: { datasetId },
    orderBy: { studyInstanceUid: "asc" },
    include: {
      series: { orderBy: { seriesInstanceUid: "asc" }, include: { instances: { orderBy: { fileKey: "asc" } } } },
    },
  });
