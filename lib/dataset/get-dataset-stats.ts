// The figures pages show, aggregated once per request: rows, totals by condition and by method, and their source.
import type { Db } from "../db/create-client";
import type { StatRow } from "./csv/types";
import { isExampleStats } from "./example";

export type NamedTotal = { name: string; studies: number };

export type StatsSource = {
  importId: string;
  fileName: string;
  importedAt: Date;
  importedBy: string;
  sha256: string;
  format: string;
  /** The figures come from the example file shipped in data/examples, not from the vendor. */
  illustrative: boolean;
};

export type DatasetStats = {
  dataset: { slug: string; title: string };
  /** Ordered by condition total, then method total (both descending), so tables and pivots read biggest first. */
  rows: StatRow[];
  byCondition: NamedTotal[];
  byMethod: NamedTotal[];
  total: number;
  source: StatsSource;
};

/** null when the dataset does not exist or has no imported figures. */
export async function getDatasetStats(db: Db, slug: string): Promise<DatasetStats | null> {
  const dataset = await db.dataset.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      stats: { select: { condition: true, method: true, studies: true, importId: true } },
    },
  });
  if (!dataset || dataset.stats.length === 0) return null;

  // An import replaces every row, so all rows share one import; pick the newest should that ever not hold.
  const importIds = [...new Set(dataset.stats.map((s) => s.importId))];
  const source = await db.statImport.findFirst({
    where: { id: { in: importIds } },
    orderBy: { importedAt: "desc" },
    select: { id: true, fileName: true, importedAt: true, importedBy: true, sha256: true, format: true },
  });
  if (!source) return null;
  const rows = dataset.stats.filter((s) => s.importId === source.id);

  const byCondition = totalsBy(rows, (r) => r.condition);
  const byMethod = totalsBy(rows, (r) => r.method);
  const conditionRank = new Map(byCondition.map((c, i) => [c.name, i]));
  const methodRank = new Map(byMethod.map((m, i) => [m.name, i]));
  const ordered = rows
    .map(({ condition, method, studies }) => ({ condition, method, studies }))
    .sort(
      (a, b) =>
        conditionRank.get(a.condition)! - conditionRank.get(b.condition)! ||
        methodRank.get(a.method)! - methodRank.get(b.method)!,
    );

  return {
    dataset: { slug: dataset.slug, title: dataset.title },
    rows: ordered,
    byCondition,
    byMethod,
    total: rows.reduce((s, r) => s + r.studies, 0),
    source: {
      importId: source.id,
      fileName: source.fileName,
      importedAt: source.importedAt,
      importedBy: source.importedBy,
      sha256: source.sha256,
      format: source.format,
      illustrative: isExampleStats(source.sha256),
    },
  };
}

/** Sums studies per key, largest first; ties in name order so the output is stable. */
export function totalsBy(rows: readonly StatRow[], key: (r: StatRow) => string): NamedTotal[] {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(key(r), (sums.get(key(r)) ?? 0) + r.studies);
  return [...sums]
    .map(([name, studies]) => ({ name, studies }))
    .sort((a, b) => b.studies - a.studies || a.name.localeCompare(b.name, "en"));
}
