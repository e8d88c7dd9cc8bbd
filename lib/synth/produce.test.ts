// One study end to end: its report where the vendor's layout puts it, totals that include the report, and a result of
// plain data that survives the structured clone a worker's postMessage applies.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { phantomParams } from "./params";
import { produceStudy, REPORT_NAME, reportPath, type Produced } from "./produce";
import { listFiles, pdfTextRuns } from "./test-utils/helpers";

const tmp = mkdtempSync(path.join(os.tmpdir(), "synth-produce-"));
const options = { seed: "produce-test", sagMatrix: 16, traMatrix: 16, sagSlices: 2, traPerDisc: 1 };
const results: Produced[] = [];
let images = 0;

beforeAll(async () => {
  for (const k of [1, 2]) results.push(await produceStudy(tmp, k, options, () => images++));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("reportPath", () => {
  it("puts study 1's report at the pack root and the others in their study folder", () => {
    expect(reportPath("/p", 1)).toBe(path.join("/p", REPORT_NAME));
    expect(reportPath("/p", 3)).toBe(path.join("/p", "ST000003", REPORT_NAME));
  });
});

describe("produceStudy", () => {
  it("writes each study's report where reportPath says, about that study", () => {
    for (const r of results) {
      const pdf = readFileSync(reportPath(tmp, r.k));
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdfTextRuns(pdf)).toContain(`Study UID ${r.dir.studyUid}`);
    }
    expect(listFiles(tmp).filter((f) => f.endsWith(REPORT_NAME))).toEqual([
      REPORT_NAME,
      path.join("ST000002", REPORT_NAME),
    ]);
  });

  it("counts images, files and bytes, the report included", () => {
    for (const r of results) {
      // 2 sagittal + 5 axial (one per disc) images, each a DICOM file and a JPG, plus the report.
      expect(r.images).toBe(7);
      expect(r.files).toBe(15);
      const studyFiles = listFiles(path.join(tmp, `ST00000${r.k}`)).map((f) => path.join(tmp, `ST00000${r.k}`, f));
      const files = r.k === 1 ? [...studyFiles, reportPath(tmp, 1)] : studyFiles;
      expect(files).toHaveLength(15);
      expect(r.bytes).toBe(files.reduce((s, f) => s + statSync(f).size, 0));
      expect(r.sex).toBe(phantomParams("produce-test", r.k).sex);
      expect(r.dir.series.reduce((s, x) => s + x.images.length, 0)).toBe(7);
    }
    expect(images).toBe(14);
  });

  it("returns plain data: a structured clone is equal", () => {
    for (const r of results) expect(structuredClone(r)).toStrictEqual(r);
  });
});
