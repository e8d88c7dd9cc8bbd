import type { Metadata } from "next";
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ButtonLink } from "@/components/ui/button-link";
import { AgreementText } from "@/components/licensing/agreement-text";
import { FieldsForm } from "@/components/licensing/fields-form";
import { PriceBreakdown } from "@/components/licensing/price-breakdown";
import { paymentFields } from "@/components/licensing/payment-fields";
import { requirePageRole } from "@/lib/auth/guards";
import { ANY_USER } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { currentAgreement } from "@/lib/licensing/agreements";
import { verifyCohort, type CohortSnapshot } from "@/lib/licensing/cohort";
import { getLivePriceList } from "@/lib/licensing/price-list";
import { priceCohort, selfServeAllowed } from "@/lib/licensing/pricing";
import { USES, isUse, useLabels } from "@/lib/licensing/uses";
import { cardPaymentsEnabled, cohortSecret } from "@/app/_licensing/bind";
import { startCheckoutAction } from "../account/licensing-actions";

export const metadata: Metadata = { title: "Buy a cohort licence", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function BuyPage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  const c = one(sp.c);
  const s = one(sp.s);
  const use = isUse(one(sp.use)) ? (one(sp.use) as (typeof USES)[number]) : "research";
  const user = await requirePageRole(ANY_USER, `/buy?${new URLSearchParams({ c, s, use })}`);
  let cohort: CohortSnapshot;
  try {
    cohort = verifyCohort(c, s, cohortSecret());
  } catch (e) {
    if (!isAppError(e)) throw e;
    return (
      <Container className="py-10">
        <PageHeader title="Buy a cohort licence" />
        <div className="mt-6">
          <Notice tone="error" role="alert">
            {e.message}
          </Notice>
        </div>
      </Container>
    );
  }
  const [list, agreement, billing] = await Promise.all([
    getLivePriceList(db),
    currentAgreement(db, use),
    user.organizationId ? db.billingProfile.findUnique({ where: { organizationId: user.organizationId } }) : null,
  ]);
  const price = list ? priceCohort(list, cohort.studyCount, use) : null;
  const allowed =
    list && price ? selfServeAllowed(list, price) : { ok: false as const, reason: "No price list is published yet." };
  return (
    <Container className="space-y-6 py-10">
      <PageHeader
        title="Buy a cohort licence"
        lead={
          <>
            {cohort.label}: {cohort.studyCount.toLocaleString("en")} studies, catalogue version{" "}
            {cohort.catalogueVersion}.
          </>
        }
      />
      <nav aria-label="Use" className="flex gap-2">
        {USES.map((u) => (
          <Link
            key={u}
            href={`/buy?${new URLSearchParams({ c, s, use: u })}`}
            aria-current={u === use ? "page" : undefined}
            className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 dark:border-slate-700 dark:aria-[current=page]:bg-slate-800"
          >
            {useLabels[u]} use
          </Link>
        ))}
      </nav>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">Price</h2>
          <div className="mt-3">{price ? <PriceBreakdown price={price} /> : null}</div>
        </Card>
        <Card>
          {!allowed.ok ? (
            <div className="space-y-4">
              <Notice tone="info">{allowed.reason} Sales will prepare a quote for this cohort.</Notice>
              <ButtonLink href="/enquire">Request a quote</ButtonLink>
            </div>
          ) : user.role !== "CUSTOMER" ? (
            <Notice tone="info">Staff accounts cannot buy licences. Sign in with a customer account.</Notice>
          ) : agreement ? (
            <div className="space-y-6">
              <AgreementText agreement={agreement} />
              <FieldsForm
                action={startCheckoutAction}
                id="checkout-form"
                label="Buy this cohort"
                submit="Accept and continue"
                pending="Starting checkout..."
                hidden={{
                  cohort: c,
                  signature: s,
                  use,
                  agreementVersionId: agreement.id,
                  agreementSha256: agreement.sha256,
                }}
                fields={paymentFields({
                  card: cardPaymentsEnabled(),
                  needsOrg: !user.organizationId,
                  billing,
                })}
              />
            </div>
          ) : (
            <Notice tone="warning">No licence agreement is published for this use yet.</Notice>
          )}
        </Card>
      </div>
    </Container>
  );
}
