// catalog:synth into the database: retire the previous synthetic set (as a catalogue change, so cohorts evaluated on
// older versions keep their studies), write the new one through a bulk sink as pending rows, publish a version.
// Re-running with the same size, seed and statistics does nothing; an interrupted run is discarded by the next one.
import { createHash } from "node:crypto";
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record";
import { DATASET_TITLE } from "../dataset/import-stats";
import type { StatRow } from "../dataset/csv/types";
import { loadDictionary, saveCodes, type PendingCode } from "./dictionary";
import { codeRow, type CatalogueInsert } from "./rows";
import type { RowSink } from "./sinks/types";
import { synthStudies } from "./synth";
import { discardPending, latestVersion, publishVersion, type PublishedVersion } from "./versions";

export type SynthCatalogueInput = {
  datasetSlug: string;
  studies: number;
  seed: string;
  stats: StatRow[];
  sink: RowSink;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Called between writing and publishing (the CLI closes its bulk connection there). */
  beforePublish?: () => Promise<void>;
};

export type SynthCatalogueResult = {
  datasetId: string;
  skipped: boolean;
  version: PublishedVersion | null;
  latestVersion: number;
  fingerprint: string;
};

export function synthFingerprint(studies: number, seed: string, stats: StatRow[]): string {
  const h = createHash("sha256")
    .update(JSON.stringify(stats.map((r) => [r.condition, r.method, r.studies])))
    .digest("hex")
    .slice(0, 16);
  return `studies=${studies} seed=${seed} stats=${h}`;
}

export async function synthesiseCatalogue(db: Db, o: SynthCatalogueInput): Promise<SynthCatalogueResult> {
  if (!Number.isInteger(o.studies) || o.studies < 1 || o.studies > 50_000_000)
    throw new Error("studies must be 1..50,000,000");
  const fingerprint = synthFingerprint(o.studies, o.seed, o.stats);
  const dataset = await db.dataset.upsert({
    where: { slug: o.datasetSlug },
    create: { slug: o.datasetSlug, title: DATASET_TITLE },
    update: {},
    select: { id: true },
  });
  const datasetId = dataset.id;
  await discardPending(db, datasetId);
  const latest = await latestVersion(db, datasetId);
  const lastSynth = await db.catalogueVersion.findFirst({
    where: { datasetId, source: "catalog:synth" },
    orderBy: { number: "desc" },
  });
  if (lastSynth?.note === fingerprint) {
    await o.sink.close();
    return { datasetId, skipped: true, version: null, latestVersion: latest, fingerprint };
  }
  const next = latest + 1;
  await db.$executeRaw`UPDATE "CatalogueStudy" SET "removedIn" = ${next}
    WHERE "datasetId" = ${datasetId} AND "synthetic" = ${true} AND "removedIn" IS NULL AND "addedIn" <= ${latest}`;

  const dict = await loadDictionary(db, datasetId);
  const pending: PendingCode[] = [];
  const size = o.batchSize ?? 50_000;
  let batch: CatalogueInsert[] = [];
  let done = 0;
  try {
    for (const row of synthStudies(o)) {
      batch.push({
        datasetId,
        studyInstanceUid: row.studyInstanceUid,
        addedIn: next,
        synthetic: true,
        ...codeRow(row, dict, pending),
      });
      if (batch.length >= size) {
        if (pending.length) await saveCodes(db, datasetId, pending);
        await o.sink.write(batch);
        done += batch.length;
        batch = [];
        o.onProgress?.(done, o.studies);
      }
    }
    if (pending.length) await saveCodes(db, datasetId, pending);
    await o.sink.write(batch);
    done += batch.length;
    o.onProgress?.(done, o.studies);
  } finally {
    await o.sink.close();
  }
  await o.beforePublish?.();
  const version = await publishVersion(
    db,
    { datasetId, source: "catalog:synth", note: fingerprint },
    undefined,
    (tx, v) =>
      recordAudit(tx, {
        actor: null,
        action: "catalogue.synthesised",
        targetType: "catalogue_version",
        targetId: String(v.number),
        details: { studies: o.studies, seed: o.seed, added: v.added, withdrawn: v.removed },
      }),
  );
  return { datasetId, skipped: false, version, latestVersion: version?.number ?? latest, fingerprint };
}
