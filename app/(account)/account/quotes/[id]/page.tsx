import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { AgreementText } from "@/components/licensing/agreement-text";
import { FieldsForm } from "@/components/licensing/fields-form";
import { paymentFields } from "@/components/licensing/payment-fields";
import { QuoteBadge } from "@/components/licensing/status-badges";
import { day, gb } from "@/components/licensing/format";
import { requirePageRole } from "@/lib/auth/guards";
import { ANY_USER } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { currentAgreement } from "@/lib/licensing/agreements";
import { formatMoney } from "@/lib/licensing/money";
import { quoteForViewer } from "@/lib/licensing/queries";
import { useLabels, type Use } from "@/lib/licensing/uses";
import { cardPaymentsEnabled } from "@/app/_licensing/bind";
import { payQuoteAction } from "../../licensing-actions";

export const metadata: Metadata = { title: "Quote", robots: { index: false } };

export default async function QuotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(ANY_USER, `/account/quotes/${id}`);
  const q = await quoteForViewer(db, user, id, new Date()).catch((e) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const m = (v: bigint) => formatMoney(v, q.currency);
  const open = q.orders.find((o) => o.status === "PENDING" || o.status === "PAID");
  const payable = (q.effective === "SENT" || q.effective === "ACCEPTED") && !open && user.role === "CUSTOMER";
  const [agreement, billing] = payable
    ? await Promise.all([
        currentAgreement(db, q.use),
        db.billingProfile.findUnique({ where: { organizationId: q.organizationId } }),
      ])
    : [null, null];
  return (
    <Container className="space-y-6 py-10">
      <PageHeader title={`Quote ${q.number}`}>
        <p className="mt-3 flex items-center gap-2" data-testid="quote-status">
          Status: <QuoteBadge status={q.effective} />
        </p>
      </PageHeader>
      {q.effective === "EXPIRED" ? (
        <Notice tone="warning" role="alert">
          This quote expired on {day(q.validUntil)}. Ask sales for a new one.
        </Notice>
      ) : null}
      {q.effective === "WITHDRAWN" ? (
        <Notice tone="error" role="alert">
          This quote was withdrawn{q.withdrawnReason ? `: ${q.withdrawnReason}` : ""}.
        </Notice>
      ) : null}
      {open ? (
        <Notice tone="info">
          This quote has an order:{" "}
          <Link href={`/account/orders/${open.id}`} className="font-semibold underline">
            open it
          </Link>
          .
        </Notice>
      ) : null}
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">Use</dt>
          <dd>{useLabels[q.use as Use] ?? q.use}</dd>
          <dt className="font-medium">Cohort</dt>
          <dd>
            {q.cohortLabel}: {q.studyCount.toLocaleString("en")} studies ({gb(q.sizeBytes)}), catalogue version{" "}
            {q.catalogueVersion}
          </dd>
          <dt className="font-medium">Price</dt>
          <dd>
            {m(q.subtotalMinor)} (average {m(q.unitPriceMinor)} per study)
          </dd>
          {q.discountMinor > 0n ? (
            <>
              <dt className="font-medium">Discount</dt>
              <dd>
                -{m(q.discountMinor)}: {q.discountReason}
              </dd>
            </>
          ) : null}
          <dt className="font-medium">Total</dt>
          <dd className="font-semibold" data-testid="quote-total">
            {m(q.totalMinor)}
          </dd>
          <dt className="font-medium">Term</dt>
          <dd>{q.termMonths} months</dd>
          <dt className="font-medium">Valid until</dt>
          <dd>{day(q.validUntil)}</dd>
        </dl>
        <p className="mt-4">
          <a href={`/api/licensing/quotes/${q.id}/pdf`} download className="font-semibold underline">
            Download the quote (PDF)
          </a>
        </p>
      </Card>
      {payable && agreement ? (
        <Card>
          <AgreementText agreement={agreement} />
          <div className="mt-4">
            <FieldsForm
              action={payQuoteAction}
              id="quote-pay-form"
              label="Accept the quote"
              submit="Accept and continue"
              pending="Placing the order..."
              hidden={{ quoteId: q.id, agreementVersionId: agreement.id, agreementSha256: agreement.sha256 }}
              fields={paymentFields({
                card: cardPaymentsEnabled(),
                needsOrg: false,
                billing,
              })}
            />
          </div>
        </Card>
      ) : null}
    </Container>
  );
}
