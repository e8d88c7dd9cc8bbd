// The archive job: lib/delivery/build-archives for a dataset, a study, or every dataset. Idempotent: an archive whose
// recorded size matches the stored file is "current" and skipped, a new one is written beside its key and renamed
// over it (never half-visible), and the study row is updated only after the file is complete.
import type { ArchiveDeps } from "../../delivery/build-study-archive";
import { buildArchives, type ArchiveRunReport } from "../../delivery/build-archives";

export interface ArchiveJobData {
  datasetSlug?: string;
  studyInstanceUid?: string;
  force?: boolean;
}

export function buildArchivesHandler(deps: () => ArchiveDeps) {
  return async (data: unknown): Promise<Omit<ArchiveRunReport, "failed"> & { failed: number }> => {
    const d = (data ?? {}) as ArchiveJobData;
    const report = await buildArchives(deps(), {
      datasetSlug: d.datasetSlug,
      studyInstanceUid: d.studyInstanceUid,
      force: d.force === true,
    });
    // A study that failed fails the job, so it is retried (the built ones are then "current") and ends visible at the desk.
    if (report.failed.length > 0) {
      throw new Error(
        `${report.failed.length} archive(s) failed: ${report.failed
          .slice(0, 5)
          .map((f) => `${f.study}: ${f.error}`)
          .join("; ")}`,
      );
    }
    return { ...report, failed: 0 };
  };
}
