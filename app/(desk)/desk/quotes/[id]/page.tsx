import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { Card } from "@/components/ui/card";
import { FormCard } from "@/components/licensing/form-card";
import { OrderBadge, QuoteBadge } from "@/components/licensing/status-badges";
import { day } from "@/components/licensing/format";
import { requirePageRole } from "@/lib/auth/guards";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/licensing/money";
import { organizationName } from "@/lib/licensing/queries";
import { effectiveQuoteStatus } from "@/lib/licensing/quotes";
import { resendQuoteAction, withdrawQuoteAction } from "../../licensing-actions";

export const metadata: Metadata = { title: "Quote", robots: { index: false } };

export default async function DeskQuotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole(STAFF, `/desk/quotes/${id}`);
  const q = await db.quote.findUnique({
    where: { id },
    include: { orders: { orderBy: { createdAt: "desc" } }, priceList: { select: { version: true } } },
  });
  if (!q) notFound();
  const status = effectiveQuoteStatus(q, new Date());
  const m = (v: bigint) => formatMoney(v, q.currency);
  return (
    <Container className="space-y-6 py-8">
      <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold tracking-tight">
        Quote {q.number} <QuoteBadge status={status} />
      </h1>
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">Organisation</dt>
          <dd>{await organizationName(db, q.organizationId)}</dd>
          <dt className="font-medium">Buyer</dt>
          <dd>{[q.contactName, q.contactEmail].filter(Boolean).join(", ")}</dd>
          {q.enquiryId ? (
            <>
              <dt className="font-medium">Enquiry</dt>
              <dd>
                <Link href={`/desk/enquiries/${q.enquiryId}`} className="underline">
                  open the enquiry
                </Link>
              </dd>
            </>
          ) : null}
          <dt className="font-medium">Cohort</dt>
          <dd>
            {q.cohortLabel}: {q.studyCount.toLocaleString("en")} studies, catalogue version {q.catalogueVersion}
          </dd>
          <dt className="font-medium">Price list</dt>
          <dd>version {q.priceList.version}</dd>
          <dt className="font-medium">Subtotal</dt>
          <dd>
            {m(q.subtotalMinor)} ({m(q.unitPriceMinor)} per study on average)
          </dd>
          <dt className="font-medium">Discount</dt>
          <dd>{q.discountMinor > 0n ? `${m(q.discountMinor)}: ${q.discountReason}` : "none"}</dd>
          <dt className="font-medium">Total</dt>
          <dd className="font-semibold">{m(q.totalMinor)}</dd>
          <dt className="font-medium">Valid until</dt>
          <dd>{day(q.validUntil)}</dd>
          {q.withdrawnReason ? (
            <>
              <dt className="font-medium">Withdrawn</dt>
              <dd>{q.withdrawnReason}</dd>
            </>
          ) : null}
        </dl>
        <p className="mt-4">
          <a href={`/api/licensing/quotes/${q.id}/pdf`} download className="font-semibold underline">
            Quote PDF
          </a>
        </p>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Orders</h2>
        {q.orders.length === 0 ? (
          <p className="mt-2 text-sm">None yet.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {q.orders.map((o) => (
              <li key={o.id}>
                {day(o.createdAt)} - {o.mode.toLowerCase()} - <OrderBadge status={o.status} /> -{" "}
                <Link href={`/desk/orders?status=${o.status}`} className="underline">
                  orders
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {status === "SENT" ? (
        <div className="grid gap-6 md:grid-cols-2">
          <FormCard
            title="Send again"
            action={resendQuoteAction}
            id="resend-quote"
            label="Send the quote again"
            submit="Send again"
            variant="secondary"
            hidden={{ quoteId: q.id }}
            fields={[]}
          />
          <FormCard
            title="Withdraw"
            action={withdrawQuoteAction}
            id="withdraw-quote"
            label="Withdraw the quote"
            submit="Withdraw"
            variant="secondary"
            hidden={{ quoteId: q.id }}
            fields={[{ name: "reason", label: "Reason", wide: true }]}
          />
        </div>
      ) : null}
    </Container>
  );
}
