// Starting a purchase: from a signed cohort snapshot (self-serve, within the admin-set limit) or from a quote. The
// agreement acceptance and the pending order are written in one transaction; then either a Stripe Checkout Session
// is created (idempotency key per order, metadata linking order, quote and organisation) or, in invoice mode, an
// invoice with the next sequential number is issued and emailed.
import type Stripe from "stripe";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { recordAcceptance } from "../licensing/agreements";
import { cohortColumns, snapshotOf, type CohortSnapshot } from "../licensing/cohort";
import { sendAll, type LicensingDeps } from "../licensing/deps";
import { getLivePriceList } from "../licensing/price-list";
import { priceCohort, selfServeAllowed } from "../licensing/pricing";
import { nextSequence } from "../licensing/sequence";
import { toMinor } from "../licensing/money";
import type { Use } from "../licensing/uses";
import { issueInvoiceMail } from "./invoice";

export interface PaymentDeps extends LicensingDeps {
  stripe: Stripe | null;
  datasetSlug: string;
}

export interface Billing {
  legalName: string | null;
  address: string | null;
  vatNumber: string | null;
  billingEmail: string | null;
}

export interface CheckoutRequest {
  user: { id: string; email: string; organizationId: string | null };
  mode: "card" | "invoice";
  agreement: { id: string; sha256: string };
  billing: Billing;
  ip?: string | null;
  userAgent?: string | null;
  source: { kind: "cohort"; cohort: CohortSnapshot; use: Use } | { kind: "quote"; quoteId: string };
}

export const orderUrl = (appUrl: string, id: string) => `${appUrl}/account/orders/${id}`;

const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION", undefined, { fieldErrors: { [field]: [message] } });

export async function startCheckout(
  deps: PaymentDeps,
  req: CheckoutRequest,
): Promise<{ orderId: string; redirectUrl: string }> {
  if (req.mode === "card" && !deps.stripe) throw fieldError("mode", "Card payment is not available; choose invoice.");
  const now = deps.now();
  const priced = await priceFor(deps, req, now);

  const order = await deps.db.$transaction(async (tx) => {
    let organizationId = req.user.organizationId;
    if (!organizationId) {
      // A new customer buying for the first time: the organisation named on the billing details becomes theirs.
      if (!req.billing.legalName) throw fieldError("legalName", "Enter your organisation's legal name");
      const taken = await tx.organization.findUnique({ where: { name: req.billing.legalName }, select: { id: true } });
      if (taken)
        throw fieldError(
          "legalName",
          "An organisation with this name exists: ask its members or sales to add you to it",
        );
      organizationId = (await tx.organization.create({ data: { name: req.billing.legalName } })).id;
      await tx.user.update({ where: { id: req.user.id }, data: { organizationId } });
    }
    if (priced.quote && priced.quote.organizationId !== organizationId)
      throw new AppError("NOT_FOUND", "Quote not found.");
    if (priced.quote) {
      const open = await tx.order.findFirst({
        where: { quoteId: priced.quote.id, status: { in: ["PENDING", "PAID"] } },
        select: { id: true },
      });
      if (open) throw new AppError("CONFLICT", "This quote already has an order: open it from your account.");
    }
    let billing: string | null = null;
    let invoiceNumber: number | null = null;
    if (req.mode === "invoice") {
      const saved = await tx.billingProfile.findUnique({ where: { organizationId } });
      const b = {
        legalName: req.billing.legalName ?? saved?.legalName ?? null,
        address: req.billing.address ?? saved?.address ?? null,
        vatNumber: req.billing.vatNumber ?? saved?.vatNumber ?? null,
        email: req.billing.billingEmail ?? saved?.email ?? req.user.email,
      };
      if (!b.legalName) throw fieldError("legalName", "Enter the legal name the invoice is made out to");
      if (!b.address) throw fieldError("address", "Enter the billing address");
      await tx.billingProfile.upsert({
        where: { organizationId },
        create: { organizationId, legalName: b.legalName, address: b.address, vatNumber: b.vatNumber, email: b.email },
        update: { legalName: b.legalName, address: b.address, vatNumber: b.vatNumber, email: b.email },
      });
      billing = JSON.stringify(b);
      invoiceNumber = await nextSequence(tx, "invoice");
    }
    const acceptance = await recordAcceptance(
      tx,
      {
        agreementVersionId: req.agreement.id,
        sha256: req.agreement.sha256,
        use: priced.use,
        user: req.user,
        organizationId,
        ip: req.ip,
        userAgent: req.userAgent,
      },
      now,
    );
    const order = await tx.order.create({
      data: {
        organizationId,
        buyerId: req.user.id,
        quoteId: priced.quote?.id ?? null,
        use: priced.use,
        ...cohortColumns(priced.cohort),
        priceListId: priced.priceListId,
        currency: priced.currency,
        termMonths: priced.termMonths,
        amountMinor: BigInt(priced.amountMinor),
        mode: req.mode === "card" ? "CARD" : "INVOICE",
        acceptanceId: acceptance.id,
        invoiceNumber,
        billing,
      },
    });
    if (priced.quote) await tx.quote.update({ where: { id: priced.quote.id }, data: { status: "ACCEPTED" } });
    await recordAudit(tx, {
      actor: req.user,
      action: "order.created",
      targetType: "order",
      targetId: order.id,
      details: {
        mode: order.mode,
        amountMinor: priced.amountMinor,
        currency: priced.currency,
        quoteId: priced.quote?.id ?? null,
        invoiceNumber,
        agreementSha256: acceptance.sha256,
      },
      ip: req.ip,
    });
    if (priced.quote?.enquiryId) {
      await tx.enquiryEvent.create({
        data: {
          enquiryId: priced.quote.enquiryId,
          actorId: req.user.id,
          type: "quote",
          body: `Quote accepted; order placed (${order.mode === "CARD" ? "card" : "invoice"}).`,
          data: JSON.stringify({ quoteId: priced.quote.id, orderId: order.id }),
        },
      });
    }
    return order;
  });

  if (req.mode === "invoice") {
    await sendAll(deps, await issueInvoiceMail(deps, order.id));
    return { orderId: order.id, redirectUrl: orderUrl(deps.appUrl, order.id) };
  }
  const session = await createCheckoutSession(deps, order.id).catch(async (e) => {
    await deps.db.order.updateMany({
      where: { id: order.id, status: "PENDING" },
      data: { status: "FAILED", closedAt: deps.now(), closedReason: "Card checkout could not be started" },
    });
    console.error("stripe checkout session create failed:", e);
    throw new AppError("INTERNAL", "Card payment could not be started. Please try again, or choose invoice.");
  });
  return { orderId: order.id, redirectUrl: session.url! };
}

async function priceFor(deps: PaymentDeps, req: CheckoutRequest, now: Date) {
  if (req.source.kind === "quote") {
    const quoteId = req.source.quoteId;
    const q = await deps.db.quote.findUnique({ where: { id: quoteId } });
    if (!q || q.organizationId !== req.user.organizationId) throw new AppError("NOT_FOUND", "Quote not found.");
    if (q.status === "WITHDRAWN") throw new AppError("CONFLICT", "This quote has been withdrawn.");
    if (q.validUntil.getTime() <= now.getTime())
      throw new AppError("CONFLICT", "This quote has expired. Ask sales for a new one.");
    return {
      quote: q,
      use: q.use as Use,
      cohort: snapshotOf(q),
      priceListId: q.priceListId,
      currency: q.currency,
      termMonths: q.termMonths,
      amountMinor: toMinor(q.totalMinor),
    };
  }
  const list = await getLivePriceList(deps.db);
  if (!list) throw new AppError("CONFLICT", "No price list is published yet.");
  const price = priceCohort(list, req.source.cohort.studyCount, req.source.use);
  const allowed = selfServeAllowed(list, price);
  if (!allowed.ok) throw new AppError("CONFLICT", `${allowed.reason} Request a quote instead.`);
  return {
    quote: null,
    use: req.source.use,
    cohort: req.source.cohort,
    priceListId: list.id,
    currency: list.currency,
    termMonths: list.termMonths,
    amountMinor: price.totalMinor,
  };
}

/** Creates (or, with the same idempotency key, gets back) the order's Checkout Session and stores its id and URL. */
export async function createCheckoutSession(deps: PaymentDeps, orderId: string) {
  const stripe = deps.stripe;
  if (!stripe) throw new Error("Stripe is not configured");
  const order = await deps.db.order.findUniqueOrThrow({ where: { id: orderId } });
  const buyer = order.buyerId
    ? await deps.db.user.findUnique({ where: { id: order.buyerId }, select: { email: true } })
    : null;
  const metadata = { orderId: order.id, quoteId: order.quoteId ?? "", organizationId: order.organizationId };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      client_reference_id: order.id,
      customer_email: buyer?.email,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: order.currency.toLowerCase(),
            unit_amount: toMinor(order.amountMinor),
            product_data: {
              name: `Lumbar Spine MRI licence: ${order.cohortLabel} (${order.studyCount} studies, ${order.use}, ${order.termMonths} months)`,
            },
          },
        },
      ],
      metadata,
      payment_intent_data: { metadata },
      success_url: `${orderUrl(deps.appUrl, order.id)}?checkout=success`,
      cancel_url: `${orderUrl(deps.appUrl, order.id)}?checkout=cancelled`,
    },
    { idempotencyKey: `checkout-session-${order.id}` },
  );
  await deps.db.order.update({
    where: { id: order.id },
    data: { stripeCheckoutSessionId: session.id, checkoutUrl: session.url },
  });
  return session;
}
