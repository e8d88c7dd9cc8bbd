// Spine_MRI_conditions.csv for the pack: a byte-exact copy of the example statistics, or a small fallback table.
import { copyFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const DEFAULT_CONDITIONS_CSV = path.join("data", "examples", "Spine_MRI_conditions.csv");

/** Long format (condition, method, studies); illustrative numbers summing to 2,400,000. */
const FALLBACK: ReadonlyArray<readonly [string, string, number]> = [
  ["Degenerative disc disease", "MRI 1.5T", 380000],
  ["Degenerative disc disease", "MRI 3T", 120000],
  ["Disc protrusion", "MRI 1.5T", 340000],
  ["Disc protrusion", "MRI 3T", 110000],
  ["Disc herniation", "MRI 1.5T", 300000],
  ["Disc herniation", "MRI 3T", 95000],
  ["Spinal stenosis", "MRI 1.5T", 190000],
  ["Spinal stenosis", "MRI 3T", 70000],
  ["Spondylolisthesis", "MRI 1.5T", 120000],
  ["Spondylolisthesis", "MRI 3T", 40000],
  ["No pathology", "MRI 1.5T", 480000],
  ["No pathology", "MRI 3T", 155000],
];

export function fallbackConditionsCsv(): string {
  return ["condition,method,studies", ...FALLBACK.map(([c, m, n]) => `${c},${m},${n}`)].join("\n") + "\n";
}

/** Copies `source` (relative to the working directory) when it exists; returns which one was written. */
export async function writeConditionsCsv(
  dest: string,
  source: string | null = DEFAULT_CONDITIONS_CSV,
): Promise<"copied" | "fallback"> {
  if (source) {
    try {
      await copyFile(source, dest);
      return "copied";
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }
  await writeFile(dest, fallbackConditionsCsv());
  return "fallback";
}
