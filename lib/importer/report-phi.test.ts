// The public-sample check of a PDF report's text: a name or identifier from the headers (whole or by name part), or a
// label followed by a value, refuses it - without quoting the value; placeholders after a label are fine.
import { describe, expect, it } from "vitest";
import { reportEntry, reportProblem } from "./report-phi";

describe("reportProblem", () => {
  it("passes a clean report and labels followed by placeholders", () => {
    expect(reportProblem("MRI lumbar spine. Mild disc bulge at L4-L5.", ["Doe^Jane", "PID4711"])).toBeNull();
    for (const filler of ["-", "N/A", "none", "anonymized", "[removed]", "XXXX", "***"]) {
      expect(reportProblem(`Patient name: ${filler}\nFindings: normal`, [])).toBeNull();
    }
    expect(reportProblem("Patient name: , DOB: -", [])).toBeNull();
  });

  it("refuses a known value, whole or by family or given name, in any case and spacing", () => {
    const why = "repeats a name or identifier found in the study's headers";
    expect(reportProblem("Patient: JANE DOE, lumbar MRI", ["Doe^Jane"])).toBe(why);
    expect(reportProblem("Dear Dr, re: Doe", ["Doe^Jane"])).toBe(why);
    expect(reportProblem("Ref PID4711.", ["PID4711"])).toBe(why);
  });

  it("refuses an identifier label followed by a value, naming the label but never the value", () => {
    const r = reportProblem("MRN: 99812\nFindings: normal", []);
    expect(r).toBe('holds an identifier after "MRN"');
    expect(reportProblem("Date of birth 1970-01-01", [])).toBe('holds an identifier after "Date of birth"');
    expect(reportProblem("Patient  ID #A17", [])).toBe('holds an identifier after "Patient ID"');
    expect(reportProblem("Accession no. 55", [])).not.toContain("55");
  });
});

describe("reportEntry", () => {
  it("records the problem against the report's key", () => {
    expect(reportEntry("s1/report.pdf", "why")).toEqual({
      file: "s1/report.pdf",
      keyword: "ReportText",
      tag: "(PDF report)",
      path: "(PDF report)",
      reason: "why",
    });
  });
});
