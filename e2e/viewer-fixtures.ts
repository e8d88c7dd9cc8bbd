// Sample studies for the viewer specs, in the e2e database: the synthetic pack imported with --sample (unless the
// e2e server already did), plus on request an unpublished copy, a non-sample copy and a PHI-bearing copy. Packs are
// generated once into .data/cache (deterministic per seed) and imported with the real CLI, as an operator would.
import fs from "node:fs";
import path from "node:path";
import { E2E_ENV } from "./support/e2e-env";
import { openE2eDb, type SqlDb } from "./support/e2e-sql";
import { runCli } from "./support/run-cli";

const root = path.resolve(__dirname, "..");
const CACHE = path.join(root, ".data", "cache", "viewer-packs");

export interface SampleStudy {
  id: string;
  storageRoot: string;
  /** Instance ids per plane, in instance-number order. */
  sagittal: string[];
  axial: string[];
}

let handle: SqlDb | undefined;
export function db(): SqlDb {
  return (handle ??= openE2eDb(E2E_ENV.DATABASE_URL!));
}

function cli(script: string, args: string[]) {
  const r = runCli(script, args);
  if (r.status !== 0) throw new Error(`${script} ${args.join(" ")} failed (${r.status}):\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
}

/** A synthetic pack for `seed`, generated on first use. */
export function pack(seed: string): string {
  const dir = path.join(CACHE, seed);
  if (!fs.existsSync(path.join(dir, "DICOMDIR"))) {
    fs.rmSync(dir, { recursive: true, force: true });
    cli("scripts/pack-synth.ts", [dir, "--seed", seed]);
  }
  return dir;
}

export function importPack(dir: string, sample = true): void {
  cli("scripts/import.ts", [dir, ...(sample ? ["--sample"] : []), "--json"]);
}

/** The Study Instance UID of a synthetic pack, from its labels file (pack:synth writes one study per pack here). */
function packStudyUid(dir: string): string | null {
  const file = path.join(dir, "Spine_MRI_labels.csv");
  if (!fs.existsSync(file)) return null;
  return fs.readFileSync(file, "utf8").split("\n")[1]?.split(",")[0] ?? null;
}

/** The study imported from `storageRoot` (a pack folder, or the stored location). With STORAGE_DRIVER=s3 an import
 *  copies the files into the bucket, so a pack's study is found by its UID instead of its folder. */
export function studyAt(storageRoot: string): SampleStudy | null {
  const study = db()
    .prepare(
      `SELECT id, storageRoot FROM "Study" WHERE storageRoot = ? OR studyInstanceUid = ? ORDER BY createdAt DESC LIMIT 1`,
    )
    .get(storageRoot, packStudyUid(storageRoot) ?? "") as { id: string; storageRoot: string } | undefined;
  if (!study) return null;
  const rows = db()
    .prepare(
      `SELECT i.id, s.plane FROM "Instance" i JOIN "Series" s ON s.id = i.seriesId WHERE s.studyId = ? ORDER BY i.instanceNumber, i.id`,
    )
    .all(study.id) as { id: string; plane: string }[];
  return {
    ...study,
    sagittal: rows.filter((r) => r.plane === "sagittal").map((r) => r.id),
    axial: rows.filter((r) => r.plane === "axial").map((r) => r.id),
  };
}

/** The published synthetic sample (default seed): the one the e2e server imports, or imported here if it did not. */
export function ensureSample(): SampleStudy {
  const existing = db()
    .prepare(
      `SELECT storageRoot FROM "Study" WHERE isSample = TRUE AND published = TRUE AND description LIKE '%SYNTHETIC%' ORDER BY createdAt LIMIT 1`,
    )
    .get() as { storageRoot: string } | undefined;
  if (existing) return studyAt(existing.storageRoot)!;
  const dir = pack("lumbar-synth");
  importPack(dir);
  const s = studyAt(dir);
  if (!s) throw new Error("the sample pack imported no study");
  return s;
}

export function setPublished(studyId: string, published: boolean): void {
  db()
    .prepare(`UPDATE "Study" SET published = ? WHERE id = ?`)
    .run(published ? 1 : 0, studyId);
}

/**
 * Writes PatientName into one file of a pack (in place, idempotent): the empty (0010,0010) PN element of the
 * synthetic files becomes "DOE^JANE". Top-level elements have explicit lengths, so growing one is safe.
 */
export function addPatientName(file: string): void {
  const bytes = fs.readFileSync(file);
  const filled = Buffer.from([0x10, 0x00, 0x10, 0x00, 0x50, 0x4e, 0x08, 0x00, ...Buffer.from("DOE^JANE")]);
  if (bytes.includes(filled)) return;
  const empty = Buffer.from([0x10, 0x00, 0x10, 0x00, 0x50, 0x4e, 0x00, 0x00]);
  const at = bytes.indexOf(empty);
  if (at < 0) throw new Error(`no empty PatientName in ${file}`);
  fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, at), filled, bytes.subarray(at + empty.length)]));
}
