// Runs the third-party reference corpus (MANIFEST.tsv) through checkFile and readDicomdir: every verdict must match, fast, no throw.
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDicomdir } from "./dicomdir";
import { checkPhi } from "./phi-check";
import { expectedVerdict, TOLERATED } from "./test-utils/corpus-tolerated";
import { checkFile } from "./validate";

const CORPUS = path.resolve(process.env.DICOM_CORPUS ?? "../shared/dicom-corpus");
const MANIFEST = path.join(CORPUS, "MANIFEST.tsv");
const PRESENT = existsSync(MANIFEST);
// No wall-clock bound per file here (CI is a busy shared machine): a file that hangs the check fails on Vitest's test
// timeout, and `npm run fuzz` reports hangs; speed is bench:import's business.

type Row = Record<string, string>;

/** dcmdump prints values of VR UN as hex bytes ("31\2e\32..."); turn those back into text. */
function manifestText(value: string): string {
  if (!/^[0-9a-f]{2}(\\[0-9a-f]{2})+$/i.test(value)) return value;
  const text = String.fromCharCode(...value.split("\\").map((h) => parseInt(h, 16)));
  return text.replace(/[\0 ]+$/, "");
}

function readManifest(): Row[] {
  const [header, ...lines] = readFileSync(MANIFEST, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  const names = (header ?? "").split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(names.map((n, i) => [n, manifestText(cells[i] ?? "")]));
  });
}

if (!PRESENT)
  console.warn(`[corpus.test] DICOM corpus not found at ${CORPUS}; set DICOM_CORPUS to run the corpus tests.`);
const rows = PRESENT ? readManifest() : [];
const verdict = (r: Row) => expectedVerdict({ path: r.path ?? "", expected: r.expected ?? "" });
const okRows = rows.filter((r) => verdict(r) === "ok");
const rejectRows = rows.filter((r) => verdict(r) === "must-reject-cleanly");
const file = (rel: string) => path.join(CORPUS, rel);

describe.skipIf(!PRESENT)("reference corpus: checkFile", () => {
  it("has a manifest whose rows are all ok or must-reject-cleanly", () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(okRows.length + rejectRows.length).toBe(rows.length);
  });

  it.each(okRows.map((r) => [r.path, r] as const))("indexes %s", async (_, row) => {
    const r = await checkFile(file(row.path!));
    if (!r.ok) throw new Error(`${row.path} rejected: ${r.reason}`);
    const s = r.summary;
    if (row.sop_instance_uid) expect(s.sopInstanceUid).toBe(row.sop_instance_uid);
    if (row.study_instance_uid) expect(s.studyInstanceUid).toBe(row.study_instance_uid);
    if (row.transfer_syntax_uid) expect(s.transferSyntaxUid).toBe(row.transfer_syntax_uid);
    if (row.rows) expect(s.rows).toBe(Number(row.rows));
    if (row.cols) expect(s.columns).toBe(Number(row.cols));
    if (/^\d+$/.test(row.frames ?? "")) expect(s.numberOfFrames).toBe(Number(row.frames)); // badVR.dcm says "1A"
    if (row.bits_allocated) expect(s.bitsAllocated).toBe(Number(row.bits_allocated));
    const tolerated = TOLERATED[row.path!];
    if (tolerated)
      expect(s.warnings.join("\n"), `${row.path} is imported with its breach as a warning`).toContain(tolerated);
  });

  it.each(rejectRows.map((r) => [r.path, r] as const))("rejects %s cleanly", async (_, row) => {
    const r = await checkFile(file(row.path!));
    expect(r.ok, `${row.path} should be rejected (${row.notes})`).toBe(false);
    if (!r.ok) expect(r.reason.trim().length).toBeGreaterThan(0);
  });

  it("flags the patient name of every ok file that carries one", async () => {
    for (const row of okRows.filter((r) => r.patient_name)) {
      const phi = checkPhi(await readFile(file(row.path!)));
      if (!phi.ok) throw new Error(`${row.path}: ${phi.reason}`);
      expect(
        phi.findings.map((f) => f.keyword),
        row.path,
      ).toContain("PatientName");
      expect(JSON.stringify(phi.findings)).not.toContain(row.patient_name);
    }
  });
});

describe.skipIf(!PRESENT)("reference corpus: readDicomdir", () => {
  const dir = "valid/dicomdir/pydicom-dicomdirtests";
  const variants = ["DICOMDIR", "DICOMDIR-implicit", "DICOMDIR-bigEnd", "DICOMDIR-reordered"];
  const referenced = rows.filter(
    (r) => r.path!.startsWith(`${dir}/`) && !path.basename(r.path!).startsWith("DICOMDIR"),
  );

  it.each(variants)("walks %s to every referenced instance", async (name) => {
    const r = await readDicomdir(file(`${dir}/${name}`));
    expect(r.problems).toEqual([]);
    // The manifest note says "3 patients"; the file (per dcmdump too) holds 2 PATIENT records with 6 studies.
    expect(r.records.map((p) => p.type)).toEqual(["PATIENT", "PATIENT"]);
    expect(r.records.flatMap((p) => p.children).map((s) => s.type)).toEqual(Array(6).fill("STUDY"));
    expect(r.files.map((f) => path.relative(CORPUS, f)).sort()).toEqual(referenced.map((x) => x.path).sort());
  });

  it("reads the empty DICOMDIR as no records and no problems", async () => {
    expect(await readDicomdir(file(`${dir}/DICOMDIR-empty.dcm`))).toEqual({ records: [], files: [], problems: [] });
  });

  it("walks the TINY_ALPHA file-set (alphanumeric ids, instances without pixel data)", async () => {
    const r = await readDicomdir(file("valid/dicomdir/TINY_ALPHA/DICOMDIR"));
    expect(r.problems).toEqual([]);
    expect(r.files).toHaveLength(rows.filter((x) => x.path!.startsWith("valid/dicomdir/TINY_ALPHA/PT")).length);
  });

  it.each(["DICOMDIR-nopatient", "DICOMDIR-nooffset"])("reports problems for malformed %s", async (name) => {
    const r = await readDicomdir(file(`malformed/real/dicomdir-variants/${name}`));
    expect(r.problems.length).toBeGreaterThan(0);
  });
});
