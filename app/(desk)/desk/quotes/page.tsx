import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { ButtonLink } from "@/components/ui/button-link";
import { DeskTable, StatusTabs } from "@/components/licensing/desk-table";
import { QuoteBadge } from "@/components/licensing/status-badges";
import { day } from "@/components/licensing/format";
import { requirePageRole } from "@/lib/auth/guards";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/licensing/money";
import { effectiveQuoteStatus, listQuotes } from "@/lib/licensing/quotes";

export const metadata: Metadata = { title: "Quotes", robots: { index: false } };

const TABS = [
  { value: "", label: "All" },
  { value: "SENT", label: "Open" },
  { value: "ACCEPTED", label: "Accepted" },
  { value: "EXPIRED", label: "Expired" },
  { value: "WITHDRAWN", label: "Withdrawn" },
];

export default async function QuotesPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requirePageRole(STAFF, "/desk/quotes");
  const sp = await searchParams;
  const status = TABS.some((t) => t.value === sp.status) ? sp.status! : "";
  const now = new Date();
  const quotes = await listQuotes(db, status || null, now);
  const orgs = new Map(
    (
      await db.organization.findMany({
        where: { id: { in: quotes.map((q) => q.organizationId) } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, o.name]),
  );
  return (
    <Container className="space-y-6 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Quotes</h1>
        <ButtonLink href="/desk/quotes/new">New quote</ButtonLink>
      </div>
      <StatusTabs base="/desk/quotes" current={status} tabs={TABS} />
      {quotes.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">No quotes.</p>
      ) : (
        <DeskTable caption="Quotes" head={["Number", "Organisation", "Cohort", "Total", "Valid until", "Status"]}>
          {quotes.map((q) => (
            <tr key={q.id}>
              <td className="py-2 pr-3">
                <Link href={`/desk/quotes/${q.id}`} className="font-semibold underline">
                  {q.number}
                </Link>
              </td>
              <td className="py-2 pr-3">{orgs.get(q.organizationId)}</td>
              <td className="py-2 pr-3">
                {q.cohortLabel} ({q.studyCount.toLocaleString("en")})
              </td>
              <td className="py-2 pr-3 tabular-nums">{formatMoney(q.totalMinor, q.currency)}</td>
              <td className="py-2 pr-3">{day(q.validUntil)}</td>
              <td className="py-2">
                <QuoteBadge status={effectiveQuoteStatus(q, now)} />
              </td>
            </tr>
          ))}
        </DeskTable>
      )}
    </Container>
  );
}
