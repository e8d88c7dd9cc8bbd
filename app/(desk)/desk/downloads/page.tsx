import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { inputClass, labelClass } from "@/components/ui/form-field";
import { buttonClass } from "@/components/ui/button-link";
import { HistoryTable } from "@/components/delivery/history-table";
import { TokenTable } from "@/components/delivery/token-table";
import { requirePageRole } from "@/lib/auth/guards";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { historyPage } from "@/lib/delivery/history";
import { historyScopeOf } from "@/lib/delivery/history-filters";
import { listTokens } from "@/lib/delivery/tokens";

export const metadata: Metadata = { title: "Downloads", robots: { index: false } };

type Q = { organization?: string; licence?: string; before?: string };

export default async function DeskDownloadsPage({ searchParams }: { searchParams: Promise<Q> }) {
  await requirePageRole(STAFF, "/desk/downloads");
  const q = await searchParams;
  const scope = historyScopeOf(q);
  const [page, orgs, tokens] = await Promise.all([
    historyPage(db, scope, { before: q.before, limit: 50 }),
    db.organization.findMany({ orderBy: { name: "asc" }, take: 500, select: { id: true, name: true } }),
    listTokens(
      db,
      {
        ...(scope.organizationId ? { organizationId: scope.organizationId } : {}),
        ...(scope.licenceId ? { licenceId: scope.licenceId } : {}),
      },
      100,
    ),
  ]);
  const users = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(tokens.map((t) => t.userId))] } },
        select: { id: true, email: true },
      })
    ).map((u) => [u.id, u.email]),
  );
  const filter = new URLSearchParams(
    Object.entries(scope).flatMap(([k, v]) => (v ? [[k === "organizationId" ? "organization" : "licence", v]] : [])),
  );
  return (
    <Container className="space-y-6 py-10">
      <PageHeader title="Downloads" />
      <Card>
        <form method="get" className="grid gap-3 sm:grid-cols-3" aria-label="Filter downloads">
          <div>
            <label className={labelClass} htmlFor="d-org">
              Organisation
            </label>
            <select id="d-org" name="organization" defaultValue={scope.organizationId ?? ""} className={inputClass}>
              <option value="">All</option>
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label className={labelClass} htmlFor="d-licence">
              Licence id
            </label>
            <input id="d-licence" name="licence" defaultValue={scope.licenceId ?? ""} className={inputClass} />
          </div>
          <div className="flex items-end gap-2">
            <button className={buttonClass("secondary")} type="submit">
              Filter
            </button>
            <a className="font-semibold underline" href={`/desk/downloads/export?${filter}`}>
              Export CSV
            </a>
          </div>
        </form>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">History</h2>
        <HistoryTable rows={page.rows} showOrganisation />
        {page.next ? (
          <p className="mt-3">
            <a className="font-semibold underline" href={`?${new URLSearchParams([...filter, ["before", page.next]])}`}>
              Older
            </a>
          </p>
        ) : null}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Tokens</h2>
        <TokenTable
          tokens={tokens.map((t) => ({ ...t, owner: users.get(t.userId) ?? t.userId }))}
          now={new Date()}
          back="/desk/downloads"
          testId="desk-tokens"
        />
      </Card>
    </Container>
  );
}
