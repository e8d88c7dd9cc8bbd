// ImportRun.summary: the run's report as JSON, with long lists cut so one bad folder cannot write megabytes per run,
// and patient values that appear in rejected paths (folders named after a PatientID) replaced.
import { redactValues } from "./patient-values";
import type { ImportReport } from "./types";

const MAX_LISTED = 1000;

export function summaryForDb(report: ImportReport, identifiers: Iterable<string> = []): string {
  const cut = <T>(list: T[]) => list.slice(0, MAX_LISTED);
  return JSON.stringify(
    redactValues(
      {
        ...report,
        rejected: cut(report.rejected),
        rejectedTotal: report.rejected.length,
        problems: cut(report.problems),
        problemsTotal: report.problems.length,
        unpublished: cut(report.unpublished),
        unpublishedTotal: report.unpublished.length,
      },
      identifiers,
    ),
  );
}
