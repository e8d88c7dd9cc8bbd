// labels:import: validate the whole file first (a bad file changes nothing), then stream it again, writing only the
// rows that are new or changed as pending rows of the next catalogue version, and publish that version. Re-importing
// the same file changes nothing and publishes no version (idempotent). Studies absent from the file are kept.
import type { Db } from "../db/create-client";
import { recordAudit, type AuditActor } from "../audit/record";
import { DATASET_TITLE } from "../dataset/import-stats";
import { loadDictionary, saveCodes, type PendingCode } from "./dictionary";
import { parseLabels, type LabelRow } from "./labels-csv/parse-labels";
import { codeRow, sameLabels, type CatalogueInsert, type LabelValues } from "./rows";
import type { RowSink } from "./sinks/types";
import { prismaSink } from "./sinks/prisma-sink";
import { discardPending, latestVersion, publishVersion, type PublishedVersion } from "./versions";
import { assertDatasetSlug } from "../rules.mjs";

export type ImportLabelsInput = {
  datasetSlug: string;
  fileName: string;
  /** Opens the file from the start; called twice (validate, then write). */
  open: () => AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  actor: AuditActor | null;
  importedBy: string;
  sink?: RowSink;
  onProgress?: (done: number, total: number) => void;
  clock?: () => Date;
};

export type ImportLabelsResult = {
  datasetId: string;
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  version: PublishedVersion | null;
  latestVersion: number;
};

const BATCH = 2000;

export async function importLabels(db: Db, input: ImportLabelsInput): Promise<ImportLabelsResult> {
  assertDatasetSlug(input.datasetSlug);
  const { rows: total } = await parseLabels(input.open());

  const dataset = await db.dataset.upsert({
    where: { slug: input.datasetSlug },
    create: { slug: input.datasetSlug, title: DATASET_TITLE },
    update: {},
    select: { id: true },
  });
  const datasetId = dataset.id;
  await discardPending(db, datasetId);
  const latest = await latestVersion(db, datasetId);
  const next = latest + 1;
  const dict = await loadDictionary(db, datasetId);
  const pending: PendingCode[] = [];
  const sink = input.sink ?? prismaSink(db);
  const counts = { added: 0, changed: 0, unchanged: 0, done: 0 };
  let batch: LabelRow[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const coded = batch.map((r) => ({ uid: r.studyInstanceUid, values: codeRow(r, dict, pending) }));
    const live = await db.catalogueStudy.findMany({
      where: {
        datasetId,
        studyInstanceUid: { in: coded.map((c) => c.uid) },
        addedIn: { lte: latest },
        OR: [{ removedIn: null }, { removedIn: { gt: latest } }],
      },
    });
    const byUid = new Map(live.map((l) => [l.studyInstanceUid, l]));
    const inserts: CatalogueInsert[] = [];
    const retire: number[] = [];
    for (const c of coded) {
      const old = byUid.get(c.uid);
      if (old) {
        const oldValues: LabelValues = { ...old, sizeBytes: Number(old.sizeBytes) };
        if (sameLabels(oldValues, c.values)) {
          counts.unchanged++;
          continue;
        }
        retire.push(old.id);
        counts.changed++;
      } else counts.added++;
      inserts.push({ datasetId, studyInstanceUid: c.uid, addedIn: next, synthetic: false, ...c.values });
    }
    await saveCodes(db, datasetId, pending);
    if (retire.length) await db.catalogueStudy.updateMany({ where: { id: { in: retire } }, data: { removedIn: next } });
    await sink.write(inserts);
    counts.done += batch.length;
    input.onProgress?.(counts.done, total);
    batch = [];
  };

  try {
    await parseLabels(input.open(), async (row) => {
      batch.push(row);
      if (batch.length >= BATCH) await flush();
    });
    await flush();
  } finally {
    await sink.close();
  }

  const version = await publishVersion(
    db,
    { datasetId, source: "labels:import", note: `${input.fileName}: ${counts.added} added, ${counts.changed} changed` },
    input.clock,
    async (tx, v) => {
      await recordAudit(tx, {
        actor: input.actor,
        action: "catalogue.labels_imported",
        targetType: "catalogue_version",
        targetId: String(v.number),
        details: {
          fileName: input.fileName,
          importedBy: input.importedBy,
          rows: total,
          added: counts.added,
          changed: counts.changed,
        },
      });
    },
  );
  return {
    datasetId,
    rows: total,
    added: counts.added,
    changed: counts.changed,
    unchanged: counts.unchanged,
    version,
    latestVersion: version?.number ?? latest,
  };
}
