// Which PDF report belongs to a study: the nearest one at or above the study's folder; several at one level tie.
import { describe, expect, it } from "vitest";
import { commonDir, indexReports } from "./find-reports";

describe("commonDir", () => {
  it("is the deepest folder shared by the smallest and largest key", () => {
    expect(commonDir("pack/ST1/SE1/IM1", "pack/ST1/SE2/IM9")).toBe("pack/ST1");
    // A shared name prefix is not a shared folder.
    expect(commonDir("pack/ST10/IM1", "pack/ST11/IM1")).toBe("pack");
    expect(commonDir("pack/ST1/IM1", "pack/ST1/IM1")).toBe("pack/ST1");
    expect(commonDir("IM1", "IM2")).toBe("");
    expect(commonDir("a/IM1", "b/IM1")).toBe("");
  });
});

describe("indexReports", () => {
  const reports = indexReports(["Lumbar_Spine_MRI.pdf", "pack/ST1/report.pdf", "pack/ST2/a.pdf", "pack/ST2/b.pdf"]);

  it("finds the report in the study's folder, else the nearest one above it", () => {
    expect(reports.find("pack/ST1")).toEqual({ key: "pack/ST1/report.pdf", ambiguous: [] });
    expect(reports.find("pack/ST1/SE1")).toEqual({ key: "pack/ST1/report.pdf", ambiguous: [] });
    expect(reports.find("pack/ST3")).toEqual({ key: "Lumbar_Spine_MRI.pdf", ambiguous: [] });
    expect(reports.find("")).toEqual({ key: "Lumbar_Spine_MRI.pdf", ambiguous: [] });
  });

  it("attaches none when several tie at the nearest level, listing them", () => {
    expect(reports.find("pack/ST2/SE1")).toEqual({ key: null, ambiguous: ["pack/ST2/a.pdf", "pack/ST2/b.pdf"] });
  });

  it("finds nothing without reports", () => {
    expect(indexReports([]).find("a/b")).toEqual({ key: null, ambiguous: [] });
  });
});
