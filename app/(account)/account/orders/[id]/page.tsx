import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ButtonLink } from "@/components/ui/button-link";
import { OrderBadge } from "@/components/licensing/status-badges";
import { day } from "@/components/licensing/format";
import { requirePageRole } from "@/lib/auth/guards";
import { ANY_USER } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { formatMoney } from "@/lib/licensing/money";
import { PAYMENT_INSTRUCTIONS } from "@/lib/licensing/pdf/documents";
import { orderForViewer } from "@/lib/licensing/queries";
import { invoiceLabel } from "@/lib/licensing/sequence";
import { syncCheckoutSession } from "@/lib/payments/webhook";
import { paymentDeps } from "@/app/_licensing/bind";

export const metadata: Metadata = { title: "Order", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Search;
}) {
  const { id } = await params;
  const checkout = (await searchParams).checkout;
  const user = await requirePageRole(ANY_USER, `/account/orders/${id}`);
  const loadOrder = () =>
    orderForViewer(db, user, id).catch((e) => {
      if (isAppError(e) && e.code === "NOT_FOUND") notFound();
      throw e;
    });
  let o = await loadOrder();
  // Back from Stripe before the webhook: ask Stripe directly, and apply what it says the same way the webhook would.
  const deps = paymentDeps();
  if (checkout === "success" && o.mode === "CARD" && o.status === "PENDING" && deps.stripe) {
    await syncCheckoutSession({ ...deps, stripe: deps.stripe }, o.id).catch((e) =>
      console.error("checkout sync failed:", e),
    );
    o = await loadOrder();
  }
  const inv = o.invoiceNumber !== null ? invoiceLabel(o.invoiceNumber) : null;
  return (
    <Container className="space-y-6 py-10">
      {o.status === "PENDING" && checkout === "success" ? <meta httpEquiv="refresh" content="3" /> : null}
      <PageHeader title={inv ? `Order ${inv}` : "Card order"}>
        <p className="mt-3 flex items-center gap-2" data-testid="order-status">
          Status: <OrderBadge status={o.status} />
        </p>
      </PageHeader>
      <div role="status">
        {o.status === "PAID" ? (
          <Notice tone="success">
            Payment received{o.paidAt ? ` on ${day(o.paidAt)}` : ""}.{" "}
            {o.licence ? (
              <>
                Licence{" "}
                <Link href={`/account/licences/${o.licence.id}`} className="font-semibold underline">
                  {o.licence.number}
                </Link>{" "}
                is active.
              </>
            ) : null}
          </Notice>
        ) : o.status === "PENDING" && o.mode === "CARD" && checkout === "success" ? (
          <Notice tone="info">
            Stripe has not confirmed your payment yet. Your licence starts as soon as it does; this page checks again
            every few seconds.
          </Notice>
        ) : o.status === "PENDING" && o.mode === "CARD" ? (
          <Notice tone="warning">
            {checkout === "cancelled"
              ? "You left the card payment; nothing was charged. "
              : "This order waits for card payment. "}
            {o.checkoutUrl ? (
              <a href={o.checkoutUrl} className="font-semibold underline">
                Continue to payment
              </a>
            ) : null}
          </Notice>
        ) : o.status === "PENDING" ? (
          <Notice tone="info">
            Invoice {inv} was emailed. {PAYMENT_INSTRUCTIONS.replace("the invoice number", inv ?? "the invoice number")}
          </Notice>
        ) : (
          <Notice tone="warning">
            This order is {o.status.toLowerCase()}
            {o.closedReason ? `: ${o.closedReason}` : ""}.
          </Notice>
        )}
      </div>
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">Cohort</dt>
          <dd>
            {o.cohortLabel} ({o.studyCount.toLocaleString("en")} studies)
          </dd>
          <dt className="font-medium">Amount</dt>
          <dd>{formatMoney(o.amountMinor, o.currency)}</dd>
          <dt className="font-medium">Term</dt>
          <dd>{o.termMonths} months</dd>
          <dt className="font-medium">Placed</dt>
          <dd>{day(o.createdAt)}</dd>
          {o.quote ? (
            <>
              <dt className="font-medium">Quote</dt>
              <dd>
                <Link href={`/account/quotes/${o.quote.id}`} className="underline">
                  {o.quote.number}
                </Link>
              </dd>
            </>
          ) : null}
          <dt className="font-medium">Agreement</dt>
          <dd>
            Version {o.acceptance.version} accepted by {o.acceptance.userEmail}.{" "}
            <a href={`/api/licensing/acceptances/${o.acceptance.id}/text`} className="underline">
              Download the exact text
            </a>
          </dd>
        </dl>
        {inv ? (
          <div className="mt-4">
            <ButtonLink href={`/api/licensing/orders/${o.id}/invoice`} variant="secondary" download>
              Download invoice {inv} (PDF)
            </ButtonLink>
          </div>
        ) : null}
      </Card>
    </Container>
  );
}
