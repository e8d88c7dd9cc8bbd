// The desk's check of the vendor's statistics CSV against the catalogue: per condition (each study counted under its
// primary condition, as the CSV counts it), per method, and in total. Reads the latest version's summary (written
// when the version was published), never the study rows.
import type { Db } from "../db/create-client";
import { loadDictionary } from "./dictionary";
import { datasetIdOf } from "./cohort-view";

export type ReconRow = { name: string; csv: number; catalogue: number; difference: number };
export type Reconciliation = { version: number | null; conditions: ReconRow[]; methods: ReconRow[]; total: ReconRow };

const key = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

/** Pure: CSV cells and catalogue (primary condition, method, studies) triples, by name. */
export function reconcile(
  csv: { condition: string; method: string; studies: number }[],
  catalogue: [string, string, number][],
): Omit<Reconciliation, "version"> {
  const rows = (
    pick: (c: { condition: string; method: string }) => string,
    pickCat: (t: [string, string, number]) => string,
  ) => {
    const m = new Map<string, ReconRow>();
    const at = (name: string) => {
      const k = key(name);
      let r = m.get(k);
      if (!r) m.set(k, (r = { name, csv: 0, catalogue: 0, difference: 0 }));
      return r;
    };
    for (const c of csv) at(pick(c)).csv += c.studies;
    for (const t of catalogue) at(pickCat(t)).catalogue += t[2];
    return [...m.values()]
      .map((r) => ({ ...r, difference: r.catalogue - r.csv }))
      .sort((a, b) => b.csv - a.csv || a.name.localeCompare(b.name));
  };
  const csvTotal = csv.reduce((s, c) => s + c.studies, 0);
  const catTotal = catalogue.reduce((s, t) => s + t[2], 0);
  return {
    conditions: rows(
      (c) => c.condition,
      (t) => t[0],
    ),
    methods: rows(
      (c) => c.method,
      (t) => t[1],
    ),
    total: { name: "Total", csv: csvTotal, catalogue: catTotal, difference: catTotal - csvTotal },
  };
}

export async function loadReconciliation(db: Db, slug: string): Promise<Reconciliation | null> {
  const datasetId = await datasetIdOf(db, slug);
  if (!datasetId) return null;
  const [stats, version, dict] = await Promise.all([
    db.conditionStat.findMany({ where: { datasetId }, select: { condition: true, method: true, studies: true } }),
    db.catalogueVersion.findFirst({
      where: { datasetId },
      orderBy: { number: "desc" },
      select: { number: true, summary: true },
    }),
    loadDictionary(db, datasetId),
  ]);
  const triples = (version?.summary ? (JSON.parse(version.summary) as [number, number, number][]) : []).map(
    ([p, m, n]): [string, string, number] => [
      dict.values.condition[p] ?? "(none)",
      dict.values.method[m] ?? "(none)",
      n,
    ],
  );
  return { version: version?.number ?? null, ...reconcile(stats, triples) };
}
