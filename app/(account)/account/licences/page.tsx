import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { LicenceBadge, OrderBadge, QuoteBadge } from "@/components/licensing/status-badges";
import { day } from "@/components/licensing/format";
import { requirePageRole } from "@/lib/auth/guards";
import { ANY_USER } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/licensing/money";
import { organizationLicensing } from "@/lib/licensing/queries";
import { invoiceLabel } from "@/lib/licensing/sequence";
import { useLabels, type Use } from "@/lib/licensing/uses";

export const metadata: Metadata = { title: "Licences", robots: { index: false } };

export default async function AccountLicencesPage() {
  const user = await requirePageRole(ANY_USER, "/account/licences");
  if (!user.organizationId) {
    return (
      <Container className="py-10">
        <PageHeader
          title="Licences"
          lead="Your account is not linked to an organisation yet, so there are no licences to show."
        />
      </Container>
    );
  }
  const { licences, orders, quotes } = await organizationLicensing(db, user.organizationId, new Date());
  return (
    <Container className="space-y-6 py-10">
      <PageHeader
        title="Licences"
        lead={
          <>
            Licences, orders and quotes of <strong>{user.organizationName}</strong>.
          </>
        }
      />
      <Card>
        <h2 className="text-lg font-semibold">Licences</h2>
        {licences.length === 0 ? <p className="mt-2 text-sm">No licences yet.</p> : null}
        <ul className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
          {licences.map((l) => (
            <li
              key={l.id}
              className="flex flex-wrap items-center justify-between gap-2 py-3"
              data-testid={`licence-${l.number}`}
            >
              <div>
                <Link href={`/account/licences/${l.id}`} className="font-semibold underline">
                  {l.number}
                </Link>{" "}
                <span className="text-sm">
                  {l.cohortLabel} - {l.studyCount.toLocaleString("en")} studies - {useLabels[l.use as Use] ?? l.use}
                </span>
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {day(l.startsAt)} to {day(l.expiresAt)}
                </p>
              </div>
              <LicenceBadge status={l.effective} />
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Orders</h2>
        {orders.length === 0 ? <p className="mt-2 text-sm">No orders yet.</p> : null}
        <ul className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
          {orders.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <Link href={`/account/orders/${o.id}`} className="font-semibold underline">
                  {o.invoiceNumber !== null ? invoiceLabel(o.invoiceNumber) : `Card order ${day(o.createdAt)}`}
                </Link>{" "}
                <span className="text-sm">
                  {o.cohortLabel} - {formatMoney(o.amountMinor, o.currency)}
                </span>
              </div>
              <OrderBadge status={o.status} />
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Quotes</h2>
        {quotes.length === 0 ? <p className="mt-2 text-sm">No quotes yet.</p> : null}
        <ul className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
          {quotes.map((q) => (
            <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <Link href={`/account/quotes/${q.id}`} className="font-semibold underline">
                  {q.number}
                </Link>{" "}
                <span className="text-sm">
                  {q.cohortLabel} - {formatMoney(q.totalMinor, q.currency)} - valid until {day(q.validUntil)}
                </span>
              </div>
              <QuoteBadge status={q.effective} />
            </li>
          ))}
        </ul>
      </Card>
    </Container>
  );
}
