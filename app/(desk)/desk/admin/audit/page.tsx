import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { buttonClass } from "@/components/ui/button-link";
import { inputClass, labelClass } from "@/components/ui/form-field";
import { Pager } from "@/components/desk/pager";
import { formatDateTime } from "@/components/desk/format";
import { requirePageRole } from "@/lib/auth/guards";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { listAuditActions, listAuditEvents } from "@/lib/audit/list";
import { auditFiltersSchema } from "@/lib/audit/filters";
import { actionLabel, actorLabel, addressLabel, detailEntries, targetHref } from "@/lib/audit/describe";
import Link from "next/link";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  await requirePageRole(ADMIN_ONLY, "/desk/admin/audit");
  const raw = await searchParams;
  const filters = auditFiltersSchema.parse(
    Object.fromEntries(["action", "actor", "target", "from", "to", "after"].map((k) => [k, first(raw[k])])),
  );
  const [page, actions] = await Promise.all([listAuditEvents(db, filters), listAuditActions(db)]);
  const href = (after?: string) => {
    const q = new URLSearchParams(Object.entries({ ...filters, after }).filter((e): e is [string, string] => !!e[1]));
    return `/desk/admin/audit?${q}`;
  };
  return (
    <Container className="space-y-6 py-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Audit log</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Append-only: every sign-in, change and export, newest first.
        </p>
      </div>
      <form
        method="get"
        role="search"
        aria-label="Filter the audit log"
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
      >
        <div>
          <label htmlFor="a-action" className={labelClass}>
            Action
          </label>
          <select id="a-action" name="action" defaultValue={filters.action ?? ""} className={inputClass}>
            <option value="">Any</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="a-actor" className={labelClass}>
            Actor email
          </label>
          <input id="a-actor" name="actor" type="search" defaultValue={filters.actor ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="a-target" className={labelClass}>
            Target id or type
          </label>
          <input id="a-target" name="target" type="search" defaultValue={filters.target ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="a-from" className={labelClass}>
            From
          </label>
          <input id="a-from" name="from" type="date" defaultValue={filters.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="a-to" className={labelClass}>
            Until
          </label>
          <input id="a-to" name="to" type="date" defaultValue={filters.to ?? ""} className={inputClass} />
        </div>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClass()}>
            Apply
          </button>
          <a href="/desk/admin/audit" className={buttonClass("secondary")}>
            Reset
          </a>
        </div>
      </form>
      {page.items.length === 0 ? <p className="text-slate-600 dark:text-slate-400">No events match.</p> : null}
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {page.items.map((e) => {
          const href = targetHref(e);
          const address = addressLabel(e.ip);
          const details = detailEntries(e);
          return (
            <li key={e.id} className="min-w-0 p-4 text-sm">
              <p className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-semibold" title={e.action}>
                  {actionLabel(e.action)}
                </span>
                <time dateTime={e.createdAt.toISOString()} className="text-slate-600 dark:text-slate-400">
                  {formatDateTime(e.createdAt)}
                </time>
              </p>
              <p className="mt-1 text-slate-700 wrap-anywhere dark:text-slate-300">
                By <span className="font-medium">{actorLabel(e)}</span>
                {address ? <> from {address}</> : null}
                {e.targetType ? (
                  <>
                    {" - "}
                    {href ? (
                      <Link href={href} className="underline">
                        {e.targetType}
                      </Link>
                    ) : (
                      e.targetType
                    )}
                    {e.targetId ? (
                      <span className="ml-1 font-mono text-xs text-slate-600 dark:text-slate-400">{e.targetId}</span>
                    ) : null}
                  </>
                ) : null}
              </p>
              {details.length ? (
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-xs text-slate-600 sm:grid-cols-[max-content_minmax(0,1fr)] dark:text-slate-400">
                  {details.map(([k, v]) => (
                    <div key={k} className="contents">
                      <dt className="font-medium">{k}</dt>
                      <dd className="wrap-anywhere">{v}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Pager next={page.next} href={(c) => href(c.after)} label="Audit pages" />
    </Container>
  );
}
