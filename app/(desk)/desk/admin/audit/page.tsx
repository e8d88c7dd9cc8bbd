import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass, labelClass } from "@/components/ui/form-field";
import { Pager } from "@/components/desk/pager";
import { formatDateTime } from "@/components/desk/format";
import { requirePageRole } from "@/lib/auth/guards";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { auditFiltersSchema, listAuditActions, listAuditEvents } from "@/lib/audit/list";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  await requirePageRole(ADMIN_ONLY, "/desk/admin/audit");
  const raw = await searchParams;
  const filters = auditFiltersSchema.parse(Object.fromEntries(["action", "actor", "target", "from", "to", "after"].map((k) => [k, first(raw[k])])));
  const [page, actions] = await Promise.all([listAuditEvents(db, filters), listAuditActions(db)]);
  const href = (after?: string) => {
    const q = new URLSearchParams(Object.entries({ ...filters, after }).filter((e): e is [string, string] => !!e[1]));
    return `/desk/admin/audit?${q}`;
  };
  return (
    <Container className="space-y-6 py-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Audit log</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Append-only: every sign-in, change and export, newest first.</p>
      </div>
      <form method="get" role="search" aria-label="Filter the audit log" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <label htmlFor="a-action" className={labelClass}>Action</label>
          <select id="a-action" name="action" defaultValue={filters.action ?? ""} className={inputClass}>
            <option value="">Any</option>
            {actions.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="a-actor" className={labelClass}>Actor email</label>
          <input id="a-actor" name="actor" type="search" defaultValue={filters.actor ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="a-target" className={labelClass}>Target id or type</label>
          <input id="a-target" name="target" type="search" defaultValue={filters.target ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="a-from" className={labelClass}>From</label>
          <input id="a-from" name="from" type="date" defaultValue={filters.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="a-to" className={labelClass}>Until</label>
          <input id="a-to" name="to" type="date" defaultValue={filters.to ?? ""} className={inputClass} />
        </div>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClass()}>Apply</button>
          <a href="/desk/admin/audit" className={buttonClass("secondary")}>Reset</a>
        </div>
      </form>
      {page.items.length === 0 ? <p className="text-slate-600 dark:text-slate-400">No events match.</p> : null}
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {page.items.map((e) => (
          <li key={e.id} className="p-4 text-sm">
            <p className="flex flex-wrap items-baseline gap-x-3">
              <span className="font-mono font-semibold">{e.action}</span>
              <time dateTime={e.createdAt.toISOString()} className="text-slate-600 dark:text-slate-400">{formatDateTime(e.createdAt)}</time>
            </p>
            <p className="mt-1 break-all text-slate-700 dark:text-slate-300">
              {e.actorEmail ?? "anonymous"}
              {e.targetType ? ` -> ${e.targetType}${e.targetId ? ` ${e.targetId}` : ""}` : ""}
              {e.ip ? ` (from ${e.ip})` : ""}
            </p>
            {e.details ? <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-all font-mono text-xs text-slate-600 dark:text-slate-400">{e.details}</pre> : null}
          </li>
        ))}
      </ol>
      <Pager next={page.next} href={(c) => href(c.after)} label="Audit pages" />
    </Container>
  );
}
