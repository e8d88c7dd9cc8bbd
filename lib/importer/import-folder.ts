// The import pipeline: walk -> plan (DICOMDIR) -> inspect (worker threads) -> write (per-study transactions) ->
// statistics CSV -> publish samples -> report. One ImportRun row records every run: running, completed or failed.
import { buffer } from "node:stream/consumers";
import type { Db } from "../db/create-client";
import { DATASET_TITLE } from "../dataset/import-stats";
import { Batch } from "./batch";
import { indexReports } from "./find-reports";
import { inspectInOrder } from "./inspect-in-order";
import { defaultWorkers } from "./inspector";
import { loadStatistics, pickStatisticsFiles } from "./load-statistics";
import { isLabelsFile, loadLabels } from "./load-labels";
import { indexRenderings } from "./pair-renderings";
import { planSources } from "./plan-sources";
import { publishSamples } from "./publish";
import { createLocalStorage } from "../storage";
import { reportFor } from "./study-report";
import { summaryForDb } from "./summary";
import { filesOf, uploadPart } from "./upload-part";
import type { ImportOptions, ImportReport, Problem, Rejected } from "./types";
import { walkTree, type WalkedTree } from "./walk-tree";
import { writeBatch } from "./write-batch";
import type { WriteContext } from "./write-context";
import { assertDatasetSlug } from "../rules.mjs";

const DEFAULT_BATCH = 500;
/** Keeps one bulk INSERT's bind parameters (rows x columns) under PostgreSQL's 65535 and SQLite's 32766. */
const MAX_BATCH = 1000;

export class ImportAbortedError extends Error {
  constructor(readonly filesDone: number) {
    super(`import stopped after ${filesDone} file(s); run it again to finish (nothing is duplicated)`);
    this.name = "ImportAbortedError";
  }
}

export async function importFolder(db: Db, source: string, opts: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  assertDatasetSlug(opts.datasetSlug);
  const tree = await walkTree(source);
  const dataset = await db.dataset.upsert({
    where: { slug: opts.datasetSlug },
    create: { slug: opts.datasetSlug, title: DATASET_TITLE },
    update: {},
    select: { id: true },
  });
  if (opts.jobId) await takeOverRuns(db, opts.jobId);
  const run = await db.importRun.create({
    data: {
      datasetId: dataset.id,
      sourcePath: tree.root,
      sample: opts.sample === true,
      status: "running",
      jobId: opts.jobId ?? null,
    },
  });
  try {
    const identifiers = new Set<string>();
    const report = await runImport(db, tree, dataset.id, run.id, opts, started, identifiers);
    const summary = summaryForDb(report, identifiers);
    await db.importRun.update({
      where: { id: run.id },
      data: { status: "completed", summary, finishedAt: new Date() },
    });
    return report;
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await db.importRun
      .update({
        where: { id: run.id },
        data: { status: "failed", summary: JSON.stringify({ error }), finishedAt: new Date() },
      })
      .catch(() => undefined); // the database itself may be what failed; the original error matters more
    throw e;
  }
}

/** A retried job's earlier attempts died mid-run (SIGKILL, lost machine): their runs end as failed, not "running". */
async function takeOverRuns(db: Db, jobId: string): Promise<void> {
  await db.importRun.updateMany({
    where: { jobId, status: "running" },
    data: {
      status: "failed",
      summary: JSON.stringify({ error: "interrupted: the worker stopped; the job was retried" }),
      finishedAt: new Date(),
    },
  });
}

async function runImport(
  db: Db,
  tree: WalkedTree,
  datasetId: string,
  runId: string,
  opts: ImportOptions,
  started: number,
  identifiers: Set<string>,
): Promise<ImportReport> {
  const { root } = tree;
  const problems: Problem[] = [
    ...tree.symlinks.map((path) => ({ path, problem: "symbolic link; not followed" })),
    ...tree.unreadable.map((path) => ({ path, problem: "folder cannot be read; skipped" })),
  ];
  const plan = await planSources(tree);
  problems.push(...plan.problems);
  plan.identifiers.forEach((v) => identifiers.add(v));
  const rejected: Rejected[] = [...plan.rejected];
  const renderings = indexRenderings(tree.byKind.jpg);
  const paired = new Set<string>();
  const destination = opts.destination;
  const locationFor = (uid: string) => (destination ? destination(uid).location : root);
  const ctx: WriteContext = {
    datasetId,
    root,
    locationFor,
    sample: opts.sample === true,
    reports: indexReports(tree.byKind.pdf),
  };
  const source = createLocalStorage(root);
  const batch = new Batch(problems);
  const batchSize = Math.min(MAX_BATCH, Math.max(1, opts.batchSize ?? DEFAULT_BATCH));
  const touched = new Set<string>();
  const studyUids = new Set<string>();
  const seriesKeys = new Set<string>();
  const written = { studies: 0, series: 0, instances: 0 };
  let instances = 0;
  let bytes = 0;

  const flush = async () => {
    const parts = [...batch.studies.values()];
    if (destination) {
      for (const part of parts) {
        const keys = part.files.slice().sort();
        const report = reportFor(ctx.reports, part.uid, keys[0] ?? null, keys.at(-1) ?? null).key;
        await uploadPart(source, destination(part.uid), filesOf(part, report));
      }
    }
    const w = await writeBatch(db, ctx, parts);
    w.studyIds.forEach((id) => touched.add(id));
    written.studies += w.studies;
    written.series += w.series;
    written.instances += w.instances;
    problems.push(...w.problems);
    for (const part of parts) {
      studyUids.add(part.uid);
      for (const s of part.series.values()) {
        seriesKeys.add(`${part.uid}\0${s.uid}`);
        instances += s.instances.length;
      }
    }
    batch.clear();
  };

  let done = 0;
  for await (const r of inspectInOrder(root, plan.order, opts.workers ?? defaultWorkers(), plan.identifiers)) {
    if (r.kind === "rejected") {
      rejected.push({ path: r.rel, reason: r.reason });
      r.identifiers?.forEach((v) => identifiers.add(v));
    } else if (r.kind === "dicomdir") {
      problems.push(...r.problems.map((problem) => ({ path: r.rel, problem })));
    } else {
      r.identifiers.forEach((v) => identifiers.add(v));
      const jpg = renderings.find(r.rel);
      if (jpg) paired.add(jpg);
      batch.add(r, jpg);
      problems.push(...r.warnings.map((problem) => ({ path: r.rel, problem })));
      bytes += r.size;
    }
    opts.onProgress?.({ done: ++done, total: plan.order.length, file: r.rel });
    if (opts.signal?.aborted) throw new ImportAbortedError(done);
    if (batch.size >= batchSize) await flush();
  }
  await flush();

  const unpaired = tree.byKind.jpg.filter((j) => !paired.has(j));
  if (unpaired.length > 0)
    problems.push({
      path: unpaired[0]!,
      problem: `${unpaired.length} JPG file(s) match no imported DICOM file (first: ${unpaired[0]})`,
    });
  const labelsFiles = tree.byKind.csv.filter(isLabelsFile);
  const statsFiles =
    opts.statistics === false ? [] : pickStatisticsFiles(tree.byKind.csv.filter((c) => !isLabelsFile(c)));
  const stats = await loadStatistics(db, {
    root,
    files: statsFiles,
    datasetId,
    datasetSlug: opts.datasetSlug,
    importedBy: opts.importedBy ?? "import",
  });
  rejected.push(...stats.rejected);
  const labels =
    opts.labels === false
      ? { outcomes: [], rejected: [] }
      : await loadLabels(db, {
          root,
          files: labelsFiles,
          datasetSlug: opts.datasetSlug,
          importedBy: opts.importedBy ?? "import",
        });
  rejected.push(...labels.rejected);
  // Reports are checked from the source folder: with a bucket destination the study's storageRoot is not a local path,
  // and the keys are the same on both sides.
  const unpublished = await publishSamples(db, [...touched], [...identifiers], async (_root, key) =>
    buffer(await source.read(key)),
  );
  await opts.afterImport?.([...touched]);

  return {
    studies: studyUids.size,
    series: seriesKeys.size,
    instances,
    rejected,
    unpublished: opts.sample ? unpublished : [],
    seconds: Math.round((performance.now() - started) / 10) / 100,
    problems: dedupe(problems),
    ignored:
      tree.byKind.ignored.length +
      tree.byKind.csv.length -
      statsFiles.length -
      (opts.labels === false ? 0 : labelsFiles.length),
    bytes,
    written,
    statistics: stats.outcomes,
    labels: labels.outcomes,
    runId,
    root,
  };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\0${p.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
