import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { requirePageRole } from "@/lib/auth/guards";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { loadReconciliation, type ReconRow } from "@/lib/catalogue/reconcile";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatInt } from "@/lib/format";

export const metadata: Metadata = { title: "Catalogue reconciliation", robots: { index: false } };

function Table({ caption, rows, total }: { caption: string; rows: ReconRow[]; total?: ReconRow }) {
  const cell = "py-2 pr-4 text-right tabular-nums";
  const diff = (d: number) => (d === 0 ? "0" : `${d > 0 ? "+" : "−"}${formatInt(Math.abs(d))}`);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[30rem] text-left text-sm">
        <caption className="mb-2 text-left text-base font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-4">
              Name
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Statistics CSV
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Catalogue
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Difference
            </th>
          </tr>
        </thead>
        <tbody>
          {[...rows, ...(total ? [total] : [])].map((r) => (
            <tr
              key={r.name}
              className={`border-b border-slate-200 dark:border-slate-800 ${r === total ? "font-semibold" : ""}`}
            >
              <th scope="row" className="py-2 pr-4 font-normal">
                {r.name}
              </th>
              <td className={cell}>{formatInt(r.csv)}</td>
              <td className={cell}>{formatInt(r.catalogue)}</td>
              <td
                className={`${cell} ${r.difference === 0 ? "" : "text-amber-800 dark:text-amber-300"}`}
                data-difference={r.difference}
              >
                {diff(r.difference)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function CataloguePage() {
  await requirePageRole(ADMIN_ONLY, "/desk/admin/catalogue");
  const r = await loadReconciliation(db, env.DATASET_SLUG);
  return (
    <Container className="space-y-8 py-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Catalogue reconciliation</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          The vendor&apos;s statistics CSV against the catalogue{r?.version ? ` (version ${r.version})` : ""}: each
          study counted once, under its preliminary diagnosis (its first condition), as the CSV counts it.
        </p>
      </div>
      {!r || r.version === null ? (
        <Notice>
          No catalogue version has been published yet: import a labels file (npm run labels:import) or run
          catalog:synth.
        </Notice>
      ) : (
        <>
          {r.total.difference === 0 ? (
            <Notice tone="success">Totals agree: {formatInt(r.total.csv)} studies.</Notice>
          ) : (
            <Notice tone="warning">Totals differ by {formatInt(Math.abs(r.total.difference))} studies.</Notice>
          )}
          <Table caption="By condition" rows={r.conditions} total={r.total} />
          <Table caption="By method of study" rows={r.methods} total={r.total} />
        </>
      )}
    </Container>
  );
}
