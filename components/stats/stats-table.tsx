import { formatInt } from "@/lib/format";
import type { Pivot, PivotRow, SortDir, SortKey } from "@/lib/dataset/pivot";

// Sorting is done on the server through links, so the table sorts with no client JavaScript and every order has a
// shareable URL; aria-sort tells assistive technology which column orders the rows.
function SortHeader({
  label,
  sortKey,
  current,
  className = "",
}: {
  label: string;
  sortKey: SortKey;
  current: { key: SortKey; dir: SortDir };
  className?: string;
}) {
  const active = current.key === sortKey;
  const defaultDir: SortDir = sortKey === "condition" ? "asc" : "desc";
  const nextDir: SortDir = active ? (current.dir === "asc" ? "desc" : "asc") : defaultDir;
  const ariaSort = active ? (current.dir === "asc" ? "ascending" : "descending") : "none";
  return (
    // A minimum width keeps a long method name to two lines instead of a narrow column of four.
    <th scope="col" aria-sort={ariaSort} className={`min-w-[8.5rem] px-3 py-2 align-bottom font-semibold ${className}`}>
      {/* A plain link, a full load: each order is a cached page of its own route (proxy.ts rewrites the query), which
          the client router neither prefetches (keyed by /statistics' own segments, it got a 404) nor reliably
          navigated to (a click sometimes left the old order on screen); the cached HTML loads as fast. */}
      <a
        href={`/statistics?sort=${sortKey}&dir=${nextDir}#table`}
        className="inline-flex items-center gap-1 rounded underline-offset-2 hover:underline"
      >
        {label}
        <span aria-hidden="true" className="text-xs">
          {active ? (current.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">{active ? `, sorted ${ariaSort}` : ", sort"}</span>
      </a>
    </th>
  );
}

export function StatsTable({
  pivot,
  rows,
  sort,
}: {
  pivot: Pivot;
  rows: PivotRow[];
  sort: { key: SortKey; dir: SortDir };
}) {
  return (
    <>
      <p className="mb-2 text-sm text-slate-600 md:hidden dark:text-slate-400" aria-hidden="true">
        Swipe the table sideways to see every method <span>→</span>
      </p>
      {/* Shadows at the scrollable edges show that there is more to either side (CSS only: globals.css). */}
      <div
        className="scroll-shadow-x relative overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
        tabIndex={0}
        role="region"
        aria-label="Studies by condition and method (scrollable)"
      >
        <table className="min-w-full text-sm" data-testid="stats-table">
          <caption className="sr-only">Number of studies by condition (rows) and method of study (columns)</caption>
          <thead className="bg-slate-50 text-left dark:bg-slate-900">
            <tr>
              <SortHeader label="Condition" sortKey="condition" current={sort} />
              {pivot.methods.map((m, i) => (
                <SortHeader key={m} label={m} sortKey={`m${i}`} current={sort} className="text-right" />
              ))}
              <SortHeader label="Total" sortKey="total" current={sort} className="text-right" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {rows.map((r) => (
              <tr key={r.condition} data-condition={r.condition}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {r.condition}
                </th>
                {r.cells.map((v, i) => (
                  <td
                    key={pivot.methods[i]}
                    data-method={pivot.methods[i]}
                    className="px-3 py-2 text-right tabular-nums"
                  >
                    {formatInt(v)}
                  </td>
                ))}
                <td data-total className="px-3 py-2 text-right font-semibold tabular-nums">
                  {formatInt(r.total)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-semibold dark:border-slate-700 dark:bg-slate-900">
            <tr>
              <th scope="row" className="px-3 py-2 text-left">
                Total
              </th>
              {pivot.columnTotals.map((v, i) => (
                <td key={pivot.methods[i]} className="px-3 py-2 text-right tabular-nums">
                  {formatInt(v)}
                </td>
              ))}
              <td data-testid="grand-total" className="px-3 py-2 text-right tabular-nums">
                {formatInt(pivot.grandTotal)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
