// Test helpers for the shared DICOM corpus (located via DICOM_CORPUS), so tests skip cleanly on machines without it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DataSet } from "dicom-parser";
import { parseDicomWithInflater } from "./inflater";

export const CORPUS_DIR = path.resolve(process.env.DICOM_CORPUS ?? "../shared/dicom-corpus");
export const HAS_CORPUS = existsSync(path.join(CORPUS_DIR, "MANIFEST.tsv"));

export interface ManifestRow {
  path: string;
  transferSyntax: string;
  rows: string;
  cols: string;
  frames: string;
  expected: string;
  notes: string;
}

export function readManifest(): ManifestRow[] {
  const lines = readFileSync(path.join(CORPUS_DIR, "MANIFEST.tsv"), "utf8").trim().split("\n");
  const header = lines[0]!.split("\t");
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((line) => {
    const f = line.split("\t");
    return {
      path: f[col("path")] ?? "",
      transferSyntax: f[col("transfer_syntax_uid")] ?? "",
      rows: f[col("rows")] ?? "",
      cols: f[col("cols")] ?? "",
      frames: f[col("frames")] ?? "",
      expected: f[col("expected")] ?? "",
      notes: f[col("notes")] ?? "",
    };
  });
}

/** Parse a corpus file (relative to the corpus root) with deflate support. */
export function loadCorpusFile(relative: string): DataSet {
  const buf = readFileSync(path.join(CORPUS_DIR, relative));
  return parseDicomWithInflater(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
}

export function hasPixelData(ds: DataSet): boolean {
  return Boolean(ds.elements.x7fe00010 ?? ds.elements.x7fe00008 ?? ds.elements.x7fe00009);
}
