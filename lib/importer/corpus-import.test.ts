// Compatibility suite: imports the whole third-party corpus (DICOM_CORPUS) with --sample semantics and checks every
// MANIFEST.tsv verdict: ok files indexed with their UIDs and geometry, damaged ones rejected with a reason, broken
// DICOMDIRs reported, nothing identifying published or stored.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPhi } from "../dicom";
import { storageForStudy } from "../storage";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { expectedVerdict, TOLERATED } from "../dicom/test-utils/corpus-tolerated";
import { importFolder, type ImportReport } from "./index";
import { containsAny } from "./patient-values";
import { CORPUS, HAS_CORPUS, readCorpusManifest } from "./test-utils/corpus-manifest";

if (!HAS_CORPUS)
  console.warn(
    `[corpus-import.test] skipped: set DICOM_CORPUS to the DICOM corpus folder (e.g. ../shared/dicom-corpus)${CORPUS ? `; nothing at ${CORPUS}` : ""}`,
  );

const rows = HAS_CORPUS ? readCorpusManifest() : [];
const isDicomdir = (p: string) => path.basename(p).startsWith("DICOMDIR");
const okFiles = rows.filter((r) => expectedVerdict(r) === "ok" && !isDicomdir(r.path));
const okDicomdirs = rows.filter((r) => r.expected === "ok" && isDicomdir(r.path));
const mustReject = rows.filter((r) => expectedVerdict(r) === "must-reject-cleanly");
/** Generous: the corpus is 9 MB and imports in seconds; a hang must fail the suite, not stall CI. */
const MAX_SECONDS = 120;

let scratch: ScratchDb;
let report: ImportReport;

beforeAll(
  async () => {
    scratch = await createScratchDb();
    report = await importFolder(scratch.db, CORPUS!, { datasetSlug: "corpus", sample: true, workers: 2 });
  },
  (MAX_SECONDS + 30) * 1000,
);
afterAll(async () => {
  await scratch?.cleanup();
});

describe.skipIf(!HAS_CORPUS)("importing the reference corpus", () => {
  it("completes in bounded time and records a completed run", async () => {
    expect(report.seconds).toBeLessThan(MAX_SECONDS);
    expect(report.instances).toBe(okFiles.length);
    expect(report.ignored).toBeGreaterThanOrEqual(2); // README.md, MANIFEST.tsv
    expect(await scratch.db.importRun.findUniqueOrThrow({ where: { id: report.runId } })).toMatchObject({
      status: "completed",
    });
  });

  it.each(okFiles.map((r) => [r.path, r] as const))("indexes %s", async (_, row) => {
    const refused = report.rejected.find((x) => x.path === row.path);
    expect(refused).toBeUndefined();
    const found = await scratch.db.instance.findMany({
      where: { fileKey: row.path },
      include: { series: { include: { study: true } } },
    });
    expect(found).toHaveLength(1);
    const i = found[0]!;
    if (row.sop_instance_uid) expect(i.sopInstanceUid).toBe(row.sop_instance_uid);
    if (row.study_instance_uid) expect(i.series.study.studyInstanceUid).toBe(row.study_instance_uid);
    if (row.rows) expect(i.rows).toBe(Number(row.rows));
    if (row.cols) expect(i.columns).toBe(Number(row.cols));
    if (/^\d+$/.test(row.frames ?? "")) expect(i.frames).toBe(Number(row.frames)); // badVR.dcm says "1A"
    expect(i.series.study.storageRoot).toBe(report.root);
    const tolerated = TOLERATED[row.path];
    if (tolerated) {
      const warnings = report.problems.filter((p) => p.path === row.path).map((p) => p.problem);
      expect(warnings.join("\n"), `the JSON report lists why ${row.path} breaks the standard`).toContain(tolerated);
    }
  });

  it.each(okDicomdirs.map((r) => [r.path, r] as const))("walks the DICOMDIR %s without problems", (_, row) => {
    expect(report.rejected.filter((x) => x.path === row.path)).toEqual([]);
    expect(report.problems.filter((x) => x.path === row.path)).toEqual([]);
  });

  it.each(mustReject.map((r) => [r.path, r] as const))("refuses %s with a reason", (_, row) => {
    if (row.path.includes("dicomdir-variants/")) {
      // A DICOMDIR that parses has its problems listed; one that does not parse is rejected like any damaged file.
      const reported = [
        ...report.problems.filter((x) => x.path === row.path),
        ...report.rejected.filter((x) => x.path === row.path),
      ];
      expect(reported.length, `problems for ${row.path}`).toBeGreaterThan(0);
      return;
    }
    const hit = report.rejected.find((x) => x.path === row.path);
    expect(hit, `${row.path} should be rejected (${row.notes})`).toBeDefined();
    expect(hit!.reason.trim().length).toBeGreaterThan(3);
    expect(hit!.reason).not.toMatch(/unexpected failure/);
  });

  it("publishes no study holding a file whose PHI check fails", async () => {
    const published = await scratch.db.study.findMany({
      where: { published: true },
      include: { series: { include: { instances: true } } },
    });
    const flagged = new Set(
      rows.filter((r) => r.patient_name || r.patient_id || r.patient_birth_date).map((r) => r.path),
    );
    for (const study of published) {
      const storage = storageForStudy(study);
      for (const i of study.series.flatMap((s) => s.instances)) {
        expect(flagged.has(i.fileKey), `${i.fileKey} carries patient values but its study is published`).toBe(false);
        const phi = checkPhi(Buffer.concat(await (await storage.read(i.fileKey)).toArray()));
        expect(phi.ok && phi.clean, `${i.fileKey} in published study ${study.studyInstanceUid}`).toBe(true);
      }
    }
    expect(report.unpublished.length).toBeGreaterThan(0);
  });

  it("publishes none of the manifest's patient names, ids or birth dates, in any stored field", async () => {
    const values = new Set(
      rows
        .flatMap((r) => [r.patient_name, r.patient_id, r.patient_birth_date])
        .map((v) => (v ?? "").trim())
        .filter((v) => v.replace(/[\^ ]/g, "").length > 0),
    );
    const published = await scratch.db.study.findMany({
      where: { published: true },
      include: { series: { include: { instances: true } } },
    });
    const records = published.flatMap((s) => [s, ...s.series, ...s.series.flatMap((x) => x.instances)]);
    const cells = records.flatMap((row) =>
      Object.entries(row)
        .filter(([k, v]) => typeof v === "string" && !/^id$|Id$/.test(k))
        .map(([, v]) => v as string),
    );
    expect(cells.length).toBeGreaterThan(0);
    // As whole words: "02" or a birth date occur inside UIDs and hashes by chance (a Siemens UID embeds the scan date).
    for (const value of values) {
      const leaked = cells.find((c) => containsAny(c, [value]));
      expect(leaked, `patient value "${value}" is in a published study`).toBeUndefined();
    }
  });

  it("keeps patient values out of descriptive fields and the run report even for private studies", async () => {
    const values = new Set(
      rows
        .flatMap((r) => [r.patient_name, r.patient_id, r.patient_birth_date])
        .map((v) => (v ?? "").trim())
        .filter((v) => v.replace(/[\^ ]/g, "").length > 0),
    );
    const studies = await scratch.db.study.findMany({
      select: { description: true, manufacturer: true, model: true, bodyPart: true },
    });
    const runs = await scratch.db.importRun.findMany({ select: { summary: true } });
    const fields = studies.flatMap((s) => Object.values(s)).filter((v): v is string => typeof v === "string");
    const summaries = runs.map((r) => r.summary).filter((v): v is string => typeof v === "string");
    for (const value of values) {
      expect(
        fields.find((c) => containsAny(c, [value])),
        `patient value "${value}" stored in a study`,
      ).toBeUndefined();
      // The run report is full of counts, byte offsets and times: a one- or two-character id such as "02" stands in
      // "17:02" as a whole word without coming from the patient, so the report is checked for the longer values.
      if (value.length >= 3)
        expect(
          summaries.find((c) => containsAny(c, [value])),
          `patient value "${value}" in the run report`,
        ).toBeUndefined();
    }
  });
});
