// Turns (condition, method, studies) rows into the condition x method table the statistics page shows, with row and
// column totals computed from the same numbers so they always add up.
export type StatRow = { condition: string; method: string; studies: number };

export type PivotRow = { condition: string; cells: number[]; total: number };
export type Pivot = { methods: string[]; rows: PivotRow[]; columnTotals: number[]; grandTotal: number };

export type SortKey = "condition" | "total" | `m${number}`;
export type SortDir = "asc" | "desc";

export function buildPivot(rows: StatRow[]): Pivot {
  const methods = [...new Set(rows.map((r) => r.method))];
  const methodIndex = new Map(methods.map((m, i) => [m, i]));
  const byCondition = new Map<string, PivotRow>();
  for (const r of rows) {
    let row = byCondition.get(r.condition);
    if (!row) {
      row = { condition: r.condition, cells: methods.map(() => 0), total: 0 };
      byCondition.set(r.condition, row);
    }
    row.cells[methodIndex.get(r.method)!] = (row.cells[methodIndex.get(r.method)!] ?? 0) + r.studies;
    row.total += r.studies;
  }
  const pivotRows = [...byCondition.values()];
  const columnTotals = methods.map((_, i) => pivotRows.reduce((s, r) => s + (r.cells[i] ?? 0), 0));
  const grandTotal = pivotRows.reduce((s, r) => s + r.total, 0);
  return { methods, rows: pivotRows, columnTotals, grandTotal };
}

/** Parses untrusted query values; anything unknown falls back to the default order (total, descending). */
export function parseSort(pivot: Pivot, sort: unknown, dir: unknown): { key: SortKey; dir: SortDir } {
  const d: SortDir = dir === "asc" ? "asc" : dir === "desc" ? "desc" : sort === "condition" ? "asc" : "desc";
  if (sort === "condition" || sort === "total") return { key: sort, dir: d };
  if (typeof sort === "string" && /^m\d{1,3}$/.test(sort) && Number(sort.slice(1)) < pivot.methods.length) {
    return { key: sort as SortKey, dir: d };
  }
  return { key: "total", dir: "desc" };
}

export function sortPivot(pivot: Pivot, key: SortKey, dir: SortDir): PivotRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const value = (r: PivotRow) => (key === "total" ? r.total : (r.cells[Number(key.slice(1))] ?? 0));
  return [...pivot.rows].sort((a, b) => {
    const primary = key === "condition" ? a.condition.localeCompare(b.condition, "en") : value(a) - value(b);
    // Ties keep a stable, readable order.
    return primary !== 0 ? sign * primary : a.condition.localeCompare(b.condition, "en");
  });
}
