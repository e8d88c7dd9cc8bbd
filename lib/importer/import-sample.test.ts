// --sample: the PHI gate. A study with an identifying attribute in any file stays private, the report names the
// attribute and the file, and the value itself is stored nowhere.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPart10, mrDataset } from "../dicom/test-utils/build-dicom";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { importFolder } from "./index";
import { CLEAN_REPORT, makeFolder, seriesUid, sopUid, studyUid, tempDir, UID } from "./test-utils/make-folder";
import { textPdf } from "./test-utils/text-pdf";

let scratch: ScratchDb;
let root: string;
beforeAll(async () => {
  scratch = await createScratchDb();
  root = tempDir();
});
afterAll(async () => {
  await scratch?.cleanup();
  fs.rmSync(root, { recursive: true, force: true });
});

const PHI = { PatientName: "DOE^JANE", PatientID: "PID-778341", PatientBirthDate: "19610412" };

async function everyText(): Promise<string> {
  const tables = await Promise.all([
    scratch.db.study.findMany(),
    scratch.db.series.findMany(),
    scratch.db.instance.findMany(),
    scratch.db.importRun.findMany(),
  ]);
  return JSON.stringify(tables, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
}

describe("importFolder --sample", () => {
  it("keeps a study with PHI unpublished and reports the attributes and files; publishes the clean one", async () => {
    makeFolder(root, { studies: [[2, 1], [2]], dicomdir: true, overrides: { "1/1/2": PHI } });
    const r = await importFolder(scratch.db, root, { datasetSlug: "t-sample", workers: 0, sample: true });
    expect(r.unpublished).toHaveLength(1);
    expect(r.unpublished[0]!.study).toBe(studyUid(1));
    const reasons = r.unpublished[0]!.reasons.join("\n");
    expect(reasons).toContain("PatientName (0010,0010) in 1 file(s): ST000001/SE000001/IM000002");
    expect(reasons).toContain("PatientID (0010,0020)");
    expect(reasons).toContain("PatientBirthDate (0010,0030)");

    const studies = await scratch.db.study.findMany({ orderBy: { studyInstanceUid: "asc" } });
    expect(studies.map((s) => [s.studyInstanceUid, s.isSample, s.published])).toEqual([
      [studyUid(1), true, false],
      [studyUid(2), true, true],
    ]);
    expect(JSON.parse(studies[0]!.phiFindings!)).toContainEqual({
      file: "ST000001/SE000001/IM000002",
      keyword: "PatientName",
      tag: "(0010,0010)",
      path: "(0010,0010)",
    });
    const stored = await everyText();
    for (const value of Object.values(PHI)) expect(stored).not.toContain(value);
  });

  it("publishes the study once the file is cleaned and the import re-run", async () => {
    const clean = mrDataset({
      SOPInstanceUID: sopUid(1, 1, 2),
      StudyInstanceUID: studyUid(1),
      SeriesInstanceUID: seriesUid(1, 1),
      InstanceNumber: 2,
    });
    fs.writeFileSync(path.join(root, "ST000001/SE000001/IM000002"), buildPart10(clean));
    const r = await importFolder(scratch.db, root, { datasetSlug: "t-sample", workers: 0, sample: true });
    expect(r.unpublished).toEqual([]);
    expect(r.written.instances).toBe(1); // the changed file's row was replaced
    const study = await scratch.db.study.findFirstOrThrow({ where: { studyInstanceUid: studyUid(1) } });
    expect(study).toMatchObject({ published: true, phiFindings: null, instanceCount: 3 });
  });

  it("unpublishes a published study when a file with PHI appears in it", async () => {
    const extra = mrDataset({
      ...PHI,
      SOPInstanceUID: `${UID}.2.1.9`,
      StudyInstanceUID: studyUid(2),
      SeriesInstanceUID: seriesUid(2, 1),
      InstanceNumber: 9,
    });
    fs.writeFileSync(path.join(root, "ST000002/SE000001/IM000009"), buildPart10(extra));
    const r = await importFolder(scratch.db, root, { datasetSlug: "t-sample", workers: 0, sample: true });
    expect(r.unpublished.map((u) => u.study)).toEqual([studyUid(2)]);
    expect(r.unpublished[0]!.reasons.join("\n")).toContain("ST000002/SE000001/IM000009");
    expect((await scratch.db.study.findFirstOrThrow({ where: { studyInstanceUid: studyUid(2) } })).published).toBe(
      false,
    );
  });

  it("keeps a study unpublished when its free text or its PDF report repeats a patient value the DICOMDIR holds", async () => {
    const dir = tempDir();
    try {
      makeFolder(dir, {
        studies: [[1], [1], [1]],
        dicomdir: true,
        dicomdirPatient: { PatientID: "PID-99812", PatientName: "Kowalski^Jan" },
        overrides: { "2/1/1": { StudyDescription: "MRI L-spine Jan Kowalski" } },
        pdfLines: ["Lumbar Spine MRI", "Referred: Kowalski, Jan", "Age: 45 years"],
      });
      // One report sits beside the three study folders, so every study's report names the patient.
      const r = await importFolder(scratch.db, dir, { datasetSlug: "t-sample-report", workers: 0, sample: true });
      expect(r.unpublished.map((u) => u.study)).toEqual([studyUid(1), studyUid(2), studyUid(3)]);
      expect(r.unpublished[0]!.reasons).toEqual([
        "ReportText (PDF report) repeats a name or identifier found in the study's headers in 1 file(s): Lumbar_Spine_MRI.pdf",
      ]);
      expect(r.unpublished[1]!.reasons).toContain(
        "StudyDescription (0008,1030) repeats a known identifier in 1 file(s): ST000002/SE000001/IM000001",
      );
      const stored = await everyText();
      for (const value of ["Kowalski", "99812"]) expect(stored).not.toContain(value);

      // The report is cleaned: the studies whose headers are clean are published, the one whose description names
      // the patient is not.
      fs.writeFileSync(path.join(dir, "Lumbar_Spine_MRI.pdf"), textPdf(CLEAN_REPORT));
      const again = await importFolder(scratch.db, dir, { datasetSlug: "t-sample-report", workers: 0, sample: true });
      expect(again.unpublished.map((u) => u.study)).toEqual([studyUid(2)]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a report with an identifier after its label, or one it cannot read", async () => {
    const dir = tempDir();
    try {
      makeFolder(dir, { studies: [[1]], pdfLines: ["Patient name: Jane Doe", "MRN: 4711"] });
      const r = await importFolder(scratch.db, dir, { datasetSlug: "t-sample-label", workers: 0, sample: true });
      expect(r.unpublished[0]!.reasons[0]).toMatch(
        /^ReportText \(PDF report\) holds an identifier after "Patient name"/,
      );
      fs.writeFileSync(path.join(dir, "Lumbar_Spine_MRI.pdf"), "%PDF-1.4\n%%EOF\n");
      const broken = await importFolder(scratch.db, dir, { datasetSlug: "t-sample-label", workers: 0, sample: true });
      expect(broken.unpublished[0]!.reasons[0]).toMatch(/^ReportText \(PDF report\) text cannot be extracted/);
      fs.writeFileSync(path.join(dir, "Lumbar_Spine_MRI.pdf"), textPdf(["Patient name: (removed)", ...CLEAN_REPORT]));
      expect(
        (await importFolder(scratch.db, dir, { datasetSlug: "t-sample-label", workers: 0, sample: true })).unpublished,
      ).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
