import { describe, expect, it } from "vitest";
import { indexReports } from "./find-reports";
import { reportFor } from "./study-report";

describe("reportFor", () => {
  const reports = indexReports(["pack/ST1/r.pdf", "pack/ST2/a.pdf", "pack/ST2/b.pdf"]);

  it("attaches the report of the folder the study's files share", () => {
    expect(reportFor(reports, "1.2.3", "pack/ST1/SE1/IM1", "pack/ST1/SE2/IM4")).toEqual({
      key: "pack/ST1/r.pdf",
      problems: [],
    });
  });

  it("attaches none and reports the tie, naming the candidates and the study", () => {
    expect(reportFor(reports, "1.2.4", "pack/ST2/IM1", "pack/ST2/IM2")).toEqual({
      key: null,
      problems: [
        {
          path: "pack/ST2/a.pdf",
          problem: "several PDF reports (pack/ST2/a.pdf, pack/ST2/b.pdf) could belong to study 1.2.4; none attached",
        },
      ],
    });
  });

  it("attaches none for a study without file keys", () => {
    expect(reportFor(reports, "1.2.5", null, null)).toEqual({ key: null, problems: [] });
  });
});
