// The import job: the same pipeline as `npm run import`, run by a worker. Safe to kill at any point: studies are
// written one transaction each and merged on a re-run, samples are published in one transaction at the end, and the
// retry marks the killed attempt's run failed (lib/importer/import-folder.ts), so a retry ends as an uninterrupted run.
import type { Db } from "../../db/create-client";
import type { Storage } from "../../storage";
import { importFolder } from "../../importer/import-folder";
import type { ImportReport } from "../../importer/types";
import type { JobContext } from "../types";

export interface ImportJobData {
  source: string;
  datasetSlug: string;
  sample?: boolean;
  /** Also build the touched studies' delivery archives. */
  archives?: boolean;
  requestedBy?: string;
}

export interface ImportJobDeps {
  db: Db;
  /** Per-study destination storage (S3 driver); undefined indexes files where they are. */
  destination?: (datasetSlug: string) => ((uid: string) => Storage) | undefined;
  buildArchives: (studyIds: string[]) => Promise<void>;
  /** Reading threads; workers keep one core for the rest. */
  workers?: number;
}

export function parseImportJob(data: unknown): ImportJobData {
  const d = data as Partial<ImportJobData> | null;
  if (typeof d?.source !== "string" || !d.source) throw new Error("import job: source folder missing");
  if (typeof d.datasetSlug !== "string" || !/^[a-z0-9-]+$/.test(d.datasetSlug))
    throw new Error("import job: bad dataset slug");
  return {
    source: d.source,
    datasetSlug: d.datasetSlug,
    sample: d.sample === true,
    archives: d.archives === true,
    requestedBy: d.requestedBy,
  };
}

export function importFolderHandler(deps: ImportJobDeps) {
  return async (
    data: unknown,
    job: JobContext,
  ): Promise<Pick<ImportReport, "runId" | "studies" | "instances" | "rejected" | "unpublished">> => {
    const d = parseImportJob(data);
    const report = await importFolder(deps.db, d.source, {
      datasetSlug: d.datasetSlug,
      sample: d.sample,
      workers: deps.workers,
      jobId: job.id,
      importedBy: d.requestedBy ?? `job:${job.id}`,
      destination: deps.destination?.(d.datasetSlug),
      afterImport: d.archives ? deps.buildArchives : undefined,
    });
    return {
      runId: report.runId,
      studies: report.studies,
      instances: report.instances,
      rejected: report.rejected.slice(0, 20),
      unpublished: report.unpublished.slice(0, 20),
    };
  };
}
