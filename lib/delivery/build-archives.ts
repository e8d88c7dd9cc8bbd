// Builds (or confirms) the delivery archives of many studies: a dataset, one study, or the ids an import touched.
// Studies are paged by id, one archive at a time; a failing study is reported and the run goes on.
import type { Db } from "../db/create-client";
import { buildStudyArchive, type ArchiveDeps } from "./build-study-archive";

export interface ArchiveRunOptions {
  datasetSlug?: string;
  studyInstanceUid?: string;
  studyIds?: string[];
  force?: boolean;
  onProgress?: (p: { done: number; total: number; study: string; status: "built" | "current" | "failed" }) => void;
}

export interface ArchiveRunReport {
  built: number;
  current: number;
  failed: { study: string; error: string }[];
  bytes: number;
  seconds: number;
}

const PAGE = 200;

export async function buildArchives(deps: ArchiveDeps, opts: ArchiveRunOptions): Promise<ArchiveRunReport> {
  const started = performance.now();
  const where = {
    ...(opts.datasetSlug ? { dataset: { slug: opts.datasetSlug } } : {}),
    ...(opts.studyInstanceUid ? { studyInstanceUid: opts.studyInstanceUid } : {}),
    ...(opts.studyIds ? { id: { in: opts.studyIds } } : {}),
  };
  const total = await countStudies(deps.db, where);
  const report: ArchiveRunReport = { built: 0, current: 0, failed: [], bytes: 0, seconds: 0 };
  let done = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await deps.db.study.findMany({
      where,
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, studyInstanceUid: true },
    });
    for (const s of page) {
      let status: "built" | "current" | "failed";
      try {
        const r = await buildStudyArchive(deps, s.id, { force: opts.force });
        status = r.status;
        report[r.status]++;
        if (r.status === "built") report.bytes += Number(r.size);
      } catch (e) {
        status = "failed";
        report.failed.push({ study: s.studyInstanceUid, error: e instanceof Error ? e.message : String(e) });
      }
      opts.onProgress?.({ done: ++done, total, study: s.studyInstanceUid, status });
    }
    if (page.length < PAGE) break;
    cursor = page.at(-1)!.id;
  }
  report.seconds = Math.round((performance.now() - started) / 10) / 100;
  return report;
}

async function countStudies(db: Db, where: object): Promise<number> {
  return db.study.count({ where });
}
