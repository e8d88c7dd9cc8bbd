// A pack's per-study labels file (Spine_MRI_labels.csv, or any CSV named for labels) goes into the catalogue through
// labels:import's code: idempotent, so re-running an import publishes no new catalogue version.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db/create-client";
import { CsvImportError } from "../dataset/csv";
import { importLabels } from "../catalogue/import-labels";
import type { LabelsOutcome, Rejected } from "./types";

export const isLabelsFile = (rel: string) => /label/i.test(path.posix.basename(rel));

export async function loadLabels(
  db: Db,
  opts: { root: string; files: string[]; datasetSlug: string; importedBy: string },
): Promise<{ outcomes: LabelsOutcome[]; rejected: Rejected[] }> {
  const outcomes: LabelsOutcome[] = [];
  const rejected: Rejected[] = [];
  for (const rel of opts.files) {
    const file = path.join(opts.root, rel);
    try {
      const r = await importLabels(db, {
        datasetSlug: opts.datasetSlug,
        fileName: path.posix.basename(rel),
        open: () => fs.createReadStream(file),
        actor: null,
        importedBy: opts.importedBy,
      });
      outcomes.push({
        path: rel,
        status: r.version ? "imported" : "unchanged",
        rows: r.rows,
        version: r.latestVersion,
      });
    } catch (e) {
      if (!(e instanceof CsvImportError)) throw e;
      const lines = e.problems.map((p) => `line ${p.line}, column ${p.column}: ${p.message}`);
      rejected.push({ path: rel, reason: `not a labels table: ${lines.join("; ")}${e.truncated ? "; and more" : ""}` });
    }
  }
  return { outcomes, rejected };
}
