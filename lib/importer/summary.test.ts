// The run summary stored with an import: long lists cut at 1000 with their totals kept, patient values redacted.
import { describe, expect, it } from "vitest";
import { summaryForDb } from "./summary";
import type { ImportReport } from "./types";

const report = (over: Partial<ImportReport>): ImportReport =>
  ({
    studies: 1,
    series: 1,
    instances: 1,
    rejected: [],
    unpublished: [],
    seconds: 1,
    problems: [],
    ignored: 0,
    bytes: 10,
    written: { studies: 1, series: 1, instances: 1 },
    statistics: [],
    ...over,
  }) as ImportReport;

describe("summaryForDb", () => {
  it("cuts rejected, problems and unpublished at 1000 entries, keeping their totals", () => {
    const rejected = Array.from({ length: 1500 }, (_, i) => ({ path: `f${i}.dcm`, reason: "not DICOM" }));
    const problems = Array.from({ length: 3 }, (_, i) => ({ path: `p${i}`, problem: "x" }));
    const s = JSON.parse(summaryForDb(report({ rejected, problems } as Partial<ImportReport>)));
    expect(s.rejected).toHaveLength(1000);
    expect(s.rejectedTotal).toBe(1500);
    expect(s.problems).toHaveLength(3);
    expect(s.problemsTotal).toBe(3);
    expect(s.unpublishedTotal).toBe(0);
    expect(s.studies).toBe(1);
  });

  it("replaces patient values that appear in paths", () => {
    const rejected = [{ path: "PID4711/IM1", reason: "not DICOM" }];
    const json = summaryForDb(report({ rejected } as Partial<ImportReport>), ["PID4711"]);
    expect(json).not.toContain("PID4711");
  });
});
