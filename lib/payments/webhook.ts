// The Stripe webhook: verify the signature over the raw body, ignore event types we do not handle, record the event
// id in the same transaction as its effect (a redelivered or concurrent duplicate finds the id and does nothing),
// and answer 5xx when processing fails so that Stripe retries. Handlers apply outcomes that converge whatever the
// order of events (order-state.ts).
import type Stripe from "stripe";
import type { Db } from "../db/create-client";
import type { LicensingDeps } from "../licensing/deps";
import { notifyLicenceActivated } from "../licensing/licences";
import { applyPaymentOutcome, type OutcomeResult, type PaymentOutcome } from "./order-state";
import type { Tx } from "../licensing/sequence";

export const HANDLED_EVENTS = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
  "charge.refunded",
] as const;

export interface WebhookDeps extends LicensingDeps {
  stripe: Stripe;
  webhookSecret: string;
  datasetSlug: string;
  /** Signature timestamp tolerance in seconds (Stripe's default is 300). */
  toleranceSeconds?: number;
}

export interface WebhookResult {
  status: number;
  body: { received: boolean; duplicate?: boolean; ignored?: boolean; error?: string };
}

/** Retried later: the event refers to something not recorded yet (for example a refund before its payment). */
class NotYet extends Error {}

export async function processStripeWebhook(
  deps: WebhookDeps,
  rawBody: string,
  signature: string | null,
): Promise<WebhookResult> {
  let event: Stripe.Event;
  try {
    if (!signature) throw new Error("missing Stripe-Signature header");
    event = deps.stripe.webhooks.constructEvent(rawBody, signature, deps.webhookSecret, deps.toleranceSeconds ?? 300);
  } catch (e) {
    return { status: 400, body: { received: false, error: `signature verification failed: ${(e as Error).message}` } };
  }
  if (!(HANDLED_EVENTS as readonly string[]).includes(event.type))
    return { status: 200, body: { received: true, ignored: true } };

  let result: OutcomeResult | null;
  try {
    result = await deps.db.$transaction(async (tx) => {
      await tx.stripeEvent.create({ data: { id: event.id, type: event.type } });
      return handle(tx, deps, event);
    });
  } catch (e) {
    if (isUniqueViolation(e) && (await alreadyProcessed(deps.db, event.id)))
      return { status: 200, body: { received: true, duplicate: true } };
    console.error(`stripe webhook ${event.id} (${event.type}) failed:`, e);
    return {
      status: e instanceof NotYet ? 503 : 500,
      body: { received: false, error: "processing failed; Stripe will retry" },
    };
  }
  if (result?.licenceCreated && result.licenceId) {
    await notifyLicenceActivated(
      deps,
      await deps.db.licence.findUniqueOrThrow({ where: { id: result.licenceId } }),
    ).catch((e) => console.error(e));
  }
  return { status: 200, body: { received: true } };
}

const isUniqueViolation = (e: unknown) =>
  typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
const alreadyProcessed = async (db: Db, id: string) =>
  !!(await db.stripeEvent.findUnique({ where: { id }, select: { id: true } }));

async function handle(tx: Tx, deps: WebhookDeps, event: Stripe.Event): Promise<OutcomeResult | null> {
  const now = deps.now();
  if (event.type === "charge.refunded") {
    const charge = event.data.object;
    if (!charge.refunded) return null; // partial refund: recorded by Stripe, the licence stays
    const pi = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
    const order = pi ? await tx.order.findUnique({ where: { stripePaymentIntentId: pi }, select: { id: true } }) : null;
    if (!order) throw new NotYet(`no order for payment intent ${pi} yet`);
    return applyPaymentOutcome(tx, order.id, { kind: "refunded", reason: "Payment refunded" }, now, deps.datasetSlug);
  }
  const session = event.data.object as Stripe.Checkout.Session;
  const orderId = session.metadata?.orderId || session.client_reference_id;
  const order = orderId ? await tx.order.findUnique({ where: { id: orderId } }) : null;
  if (!order) return null; // not one of ours (another integration on the same account): acknowledge
  if (order.stripeCheckoutSessionId && order.stripeCheckoutSessionId !== session.id) return null; // a superseded session
  if (!order.stripeCheckoutSessionId)
    await tx.order.update({ where: { id: order.id }, data: { stripeCheckoutSessionId: session.id } });
  const pi = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  const outcome = outcomeOf(event.type, session, pi);
  if (!outcome) return null;
  if (
    outcome.kind === "paid" &&
    (session.amount_total !== Number(order.amountMinor) || session.currency?.toUpperCase() !== order.currency)
  ) {
    return applyPaymentOutcome(
      tx,
      order.id,
      { kind: "failed", reason: `Stripe amount ${session.amount_total} ${session.currency} does not match the order` },
      now,
      deps.datasetSlug,
    );
  }
  return applyPaymentOutcome(tx, order.id, outcome, now, deps.datasetSlug);
}

function outcomeOf(type: string, session: Stripe.Checkout.Session, pi: string | null): PaymentOutcome | null {
  switch (type) {
    case "checkout.session.completed":
      // Delayed methods complete the session unpaid; async_payment_succeeded follows.
      return session.payment_status === "paid" || session.payment_status === "no_payment_required"
        ? { kind: "paid", paymentIntentId: pi }
        : null;
    case "checkout.session.async_payment_succeeded":
      return { kind: "paid", paymentIntentId: pi };
    case "checkout.session.async_payment_failed":
      return { kind: "failed", reason: "The payment failed" };
    case "checkout.session.expired":
      return { kind: "expired", reason: "The checkout session expired unpaid" };
  }
  return null;
}

/**
 * For the success page, which may load before the webhook: ask Stripe for the session and apply the same outcome
 * the webhook would, so the page tells the truth either way.
 */
export async function syncCheckoutSession(
  deps: LicensingDeps & { stripe: Stripe; datasetSlug: string },
  orderId: string,
) {
  const order = await deps.db.order.findUnique({
    where: { id: orderId },
    select: { id: true, status: true, stripeCheckoutSessionId: true, amountMinor: true, currency: true },
  });
  if (!order?.stripeCheckoutSessionId || order.status !== "PENDING") return order?.status ?? null;
  const session = await deps.stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId);
  const pi = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  const paid =
    session.payment_status === "paid" &&
    session.amount_total === Number(order.amountMinor) &&
    session.currency?.toUpperCase() === order.currency;
  const outcome: PaymentOutcome | null = paid
    ? { kind: "paid", paymentIntentId: pi }
    : session.status === "expired"
      ? { kind: "expired", reason: "The checkout session expired unpaid" }
      : null;
  if (!outcome) return order.status;
  const r = await deps.db.$transaction((tx) =>
    applyPaymentOutcome(tx, order.id, outcome, deps.now(), deps.datasetSlug),
  );
  if (r.licenceCreated && r.licenceId)
    await notifyLicenceActivated(deps, await deps.db.licence.findUniqueOrThrow({ where: { id: r.licenceId } }));
  return (await deps.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } })).status;
}
