// Which statistics the synthetic catalogue follows: a given CSV, the dataset's imported figures, or the example file.
import fs from "node:fs";
import type { Db } from "../../lib/db/create-client";
import { parseConditionsCsv } from "../../lib/dataset/csv";
import type { StatRow } from "../../lib/dataset/csv/types";
import { EXAMPLE_STATS_PATH } from "../../lib/dataset/example";

export async function loadSynthStats(
  db: Db,
  slug: string,
  file?: string,
): Promise<{ stats: StatRow[]; source: string }> {
  if (file) return { stats: parseConditionsCsv(fs.readFileSync(file)).rows, source: file };
  const rows = await db.conditionStat.findMany({
    where: { dataset: { slug } },
    select: { condition: true, method: true, studies: true },
    orderBy: [{ condition: "asc" }, { method: "asc" }],
  });
  if (rows.length > 0) return { stats: rows, source: "the imported statistics" };
  return { stats: parseConditionsCsv(fs.readFileSync(EXAMPLE_STATS_PATH)).rows, source: EXAMPLE_STATS_PATH };
}
