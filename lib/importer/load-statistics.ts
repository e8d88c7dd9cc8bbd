// Loads the pack's conditions CSV through the statistics importer, once: a file identical to the latest import is
// left alone so that re-running an import adds no StatImport row.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db/create-client";
import { CsvImportError } from "../dataset/csv";
import { importStats } from "../dataset/import-stats";
import type { Rejected, StatisticsOutcome } from "./types";

/** The statistics file(s) of a pack: CSVs named for conditions, else the only CSV at the top of the folder. */
export function pickStatisticsFiles(csvs: string[]): string[] {
  const named = csvs.filter((c) => /condition/i.test(path.posix.basename(c)));
  if (named.length > 0) return named;
  const top = csvs.filter((c) => !c.includes("/"));
  return top.length === 1 ? top : [];
}

export async function loadStatistics(
  db: Db,
  opts: { root: string; files: string[]; datasetId: string; datasetSlug: string; importedBy: string },
): Promise<{ outcomes: StatisticsOutcome[]; rejected: Rejected[] }> {
  const outcomes: StatisticsOutcome[] = [];
  const rejected: Rejected[] = [];
  for (const rel of opts.files) {
    let content: Buffer;
    try {
      content = await readFile(path.join(opts.root, rel));
    } catch (e) {
      rejected.push({ path: rel, reason: `file cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
      continue;
    }
    const sha256 = createHash("sha256").update(content).digest("hex");
    const fileName = path.posix.basename(rel);
    const latest = await db.statImport.findFirst({
      where: { datasetId: opts.datasetId },
      orderBy: { importedAt: "desc" },
    });
    if (latest && latest.sha256 === sha256 && latest.fileName === fileName) {
      outcomes.push({ path: rel, status: "unchanged", rows: latest.rowCount, totalStudies: latest.totalStudies });
      continue;
    }
    try {
      const r = await importStats(db, {
        datasetSlug: opts.datasetSlug,
        fileName,
        content,
        importedBy: opts.importedBy,
      });
      outcomes.push({ path: rel, status: "imported", rows: r.rowCount, totalStudies: r.totalStudies });
    } catch (e) {
      if (!(e instanceof CsvImportError)) throw e;
      const lines = e.problems.map((p) => `line ${p.line}, column ${p.column}: ${p.message}`);
      rejected.push({
        path: rel,
        reason: `not a conditions table: ${lines.join("; ")}${e.truncated ? "; and more" : ""}`,
      });
    }
  }
  return { outcomes, rejected };
}
