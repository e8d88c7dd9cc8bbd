// Spine_MRI_labels.csv for the synthetic pack: one row per study in the labels:import format, with the labels the
// phantom and its report were drawn from. The pack has no per-study archives yet, so a study's delivery object is its
// folder: object_key = ST00000k, size = its bytes, sha256 = SHA-256 over its files' relative paths and bytes in path
// order (clearly a pack convention, recomputable by anyone with the folder).
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { LABEL_HEADERS, labelCells } from "../catalogue/labels-csv/write-labels";
import { phantomParams } from "./params";
import type { Produced } from "./produce";
import { folder } from "./study";

export const LABELS_NAME = "Spine_MRI_labels.csv";

async function folderDigest(dir: string): Promise<{ sha256: string; bytes: number }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  const h = createHash("sha256");
  let bytes = 0;
  for (const rel of files) {
    const content = await readFile(path.join(dir, rel));
    h.update(rel).update("\0").update(content);
    bytes += content.length;
  }
  return { sha256: h.digest("hex"), bytes };
}

/** Conditions in the report's order: the preliminary diagnosis first. */
export function studyConditions(seed: string, k: number): string[] {
  const p = phantomParams(seed, k);
  const out = ["Degenerative disc disease", p.herniation.kind === "extrusion" ? "Disc herniation" : "Disc protrusion"];
  if (p.herniation.depthMm >= 5.5) out.push("Spinal stenosis");
  return out;
}

export async function writeLabelsFile(outDir: string, seed: string, produced: Produced[]): Promise<void> {
  const rows: string[][] = [];
  for (const p of produced) {
    const params = phantomParams(seed, p.k);
    const dir = folder("ST", p.k);
    const { sha256, bytes } = await folderDigest(path.join(outDir, dir));
    rows.push(
      labelCells({
        studyInstanceUid: p.dir.studyUid,
        conditions: studyConditions(seed, p.k),
        method: "MRI 1.5T",
        sequences: ["SAG T2", "AX T2"],
        sex: params.sex,
        age: params.ageYears,
        race: params.race,
        manufacturer: "Philips Medical Systems",
        model: "Intera",
        fieldStrength: 1500,
        studyYear: Number(p.dir.date.slice(0, 4)),
        seriesCount: p.dir.series.length,
        instanceCount: p.images,
        sizeBytes: bytes,
        objectKey: dir,
        sha256,
      }),
    );
  }
  await writeFile(path.join(outDir, LABELS_NAME), stringify([LABEL_HEADERS, ...rows], { record_delimiter: "windows" }));
}
