// Reads the shared DICOM corpus's MANIFEST.tsv for the importer's compatibility suite (located by DICOM_CORPUS only:
// the suite is skipped, with a message, when the variable is unset or the folder is missing).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export type ManifestRow = Record<string, string> & { path: string; expected: string };

export const CORPUS = process.env.DICOM_CORPUS ? path.resolve(process.env.DICOM_CORPUS) : null;
export const HAS_CORPUS = CORPUS !== null && existsSync(path.join(CORPUS, "MANIFEST.tsv"));

/** dcmdump prints values of VR UN as hex bytes ("50\41\4e..."); turn those back into text. */
function manifestText(value: string): string {
  if (!/^[0-9a-f]{2}(\\[0-9a-f]{2})+$/i.test(value)) return value;
  return String.fromCharCode(...value.split("\\").map((h) => parseInt(h, 16))).replace(/[\0 ]+$/, "");
}

export function readCorpusManifest(): ManifestRow[] {
  if (!CORPUS) return [];
  const [header, ...lines] = readFileSync(path.join(CORPUS, "MANIFEST.tsv"), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  const names = (header ?? "").split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(names.map((n, i) => [n, manifestText(cells[i] ?? "")])) as ManifestRow;
  });
}
