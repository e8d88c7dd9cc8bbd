// The Stripe path end to end below the route: the real SDK talks HTTP to the local Stripe double, webhook events are
// signed with the SDK's test-header helper and verified by processStripeWebhook. Runs on SQLite, and on PostgreSQL
// with TEST_DATABASE_URL.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { createStripe } from "./stripe-client";
import { startCheckout } from "./checkout";
import { processStripeWebhook, syncCheckoutSession, type WebhookDeps } from "./webhook";
import { makeFixture, noBilling, smallCohort, type Fixture } from "./test-utils/fixtures";
import { signedEvent, startStripeDouble } from "../testing/stripe-double.mjs";

const SECRET = "whsec_test_double_secret";
type Double = {
  url: string;
  requests: { method: string; path: string; idempotencyKey: string | null }[];
  sessions: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
};
let double: Double;
let fx: Fixture | undefined;

beforeAll(async () => {
  double = await startStripeDouble({ port: 0 });
});
afterAll(() => double.close());
afterEach(async () => {
  await fx?.scratch.cleanup();
  fx = undefined;
});

async function setup() {
  const stripe = createStripe("sk_test_double", double.url);
  fx = await makeFixture({ stripe });
  const deps: WebhookDeps = { ...fx.deps, stripe, webhookSecret: SECRET };
  const { orderId, redirectUrl } = await startCheckout(fx.deps, {
    user: fx.buyer,
    mode: "card",
    agreement: await fx.agreement(),
    billing: noBilling,
    ip: "203.0.113.9",
    userAgent: "vitest",
    source: { kind: "cohort", cohort: smallCohort(), use: "research" },
  });
  const order = await fx.db.order.findUniqueOrThrow({ where: { id: orderId } });
  const session = double.sessions.get(order.stripeCheckoutSessionId!)!;
  return { fx, deps, order, session, redirectUrl };
}

const pay = (s: Record<string, unknown>) =>
  Object.assign(s, { status: "complete", payment_status: "paid", payment_intent: `pi_${s.id}` });
const send = (
  deps: WebhookDeps,
  type: string,
  object: unknown,
  opts: { id?: string; secret?: string; timestamp?: number } = {},
) => {
  const { payload, header } = signedEvent(type, object, opts.secret ?? SECRET, opts);
  return processStripeWebhook(deps, payload, header);
};
const state = async (f: Fixture, orderId: string) => ({
  order: (await f.db.order.findUniqueOrThrow({ where: { id: orderId } })).status,
  licences: await f.db.licence.findMany({ where: { orderId }, select: { status: true } }),
});

describe("Stripe Checkout through the double", () => {
  test("the session is created once per order, with an idempotency key and linking metadata", async () => {
    const { order, session, redirectUrl } = await setup();
    expect(redirectUrl).toBe(`${double.url}/pay/${session.id}`);
    expect(session.metadata).toEqual({ orderId: order.id, quoteId: "", organizationId: order.organizationId });
    expect(session.amount_total).toBe(Number(order.amountMinor));
    const creates = double.requests.filter(
      (r) => r.path === "/v1/checkout/sessions" && r.idempotencyKey === `checkout-session-${order.id}`,
    );
    expect(creates).toHaveLength(1);
    const acceptance = await fx!.db.agreementAcceptance.findUniqueOrThrow({ where: { id: order.acceptanceId } });
    expect(acceptance).toMatchObject({
      userId: fx!.buyer.id,
      organizationId: fx!.org.id,
      ip: "203.0.113.9",
      userAgent: "vitest",
      version: 1,
    });
  });

  test("the same checkout.session.completed 1,000 times, 50 at a time -> one paid order, one licence", async () => {
    const { deps, order, session } = await setup();
    pay(session);
    const { payload, header } = signedEvent("checkout.session.completed", session, SECRET);
    const statuses: number[] = [];
    for (let batch = 0; batch < 20; batch++) {
      const rs = await Promise.all(Array.from({ length: 50 }, () => processStripeWebhook(deps, payload, header)));
      statuses.push(...rs.map((r) => r.status));
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await state(fx!, order.id)).toEqual({ order: "PAID", licences: [{ status: "ACTIVE" }] });
    expect(await fx!.db.stripeEvent.count()).toBe(1);
    expect(await fx!.db.licence.count()).toBe(1);
    expect(fx!.mail.filter((m) => m.subject.includes("activated"))).toHaveLength(1);
  });

  test("events out of order converge", async () => {
    // expired before completed: the money was taken, so paid wins
    let s = await setup();
    await send(s.deps, "checkout.session.expired", { ...s.session, status: "expired" });
    pay(s.session);
    expect((await send(s.deps, "checkout.session.completed", s.session)).status).toBe(200);
    expect(await state(s.fx, s.order.id)).toEqual({ order: "PAID", licences: [{ status: "ACTIVE" }] });
    await fx!.scratch.cleanup();

    // refund before its payment is known: 503 so Stripe retries; after the payment the retry revokes the licence
    s = await setup();
    pay(s.session);
    const refund = {
      id: "ch_1",
      object: "charge",
      refunded: true,
      payment_intent: s.session.payment_intent,
      amount_refunded: s.session.amount_total,
    };
    const early = signedEvent("charge.refunded", refund, SECRET);
    expect((await processStripeWebhook(s.deps, early.payload, early.header)).status).toBe(503);
    await send(s.deps, "checkout.session.completed", s.session);
    expect((await processStripeWebhook(s.deps, early.payload, early.header)).status).toBe(200);
    // and a late duplicate of the completion does not bring the licence back
    await send(s.deps, "checkout.session.async_payment_succeeded", s.session);
    expect(await state(s.fx, s.order.id)).toEqual({ order: "REFUNDED", licences: [{ status: "REVOKED" }] });
    await fx!.scratch.cleanup();

    // delayed method: completed unpaid, failed, then succeeded on retry of the payment
    s = await setup();
    await send(s.deps, "checkout.session.completed", { ...s.session, status: "complete", payment_status: "unpaid" });
    expect((await state(s.fx, s.order.id)).order).toBe("PENDING");
    await send(s.deps, "checkout.session.async_payment_failed", s.session);
    expect(await state(s.fx, s.order.id)).toEqual({ order: "FAILED", licences: [] });
    pay(s.session);
    await send(s.deps, "checkout.session.async_payment_succeeded", s.session);
    expect(await state(s.fx, s.order.id)).toEqual({ order: "PAID", licences: [{ status: "ACTIVE" }] });
  });

  test("forged, stale and other-secret events -> 400 and nothing written", async () => {
    const { deps, order, session } = await setup();
    pay(session);
    const good = signedEvent("checkout.session.completed", session, SECRET);
    const forged = good.payload.replace(`"payment_status":"paid"`, `"payment_status":"paid" `);
    const stale = signedEvent("checkout.session.completed", session, SECRET, {
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    const other = signedEvent("checkout.session.completed", session, "whsec_someone_else");
    const results = [
      await processStripeWebhook(deps, forged, good.header),
      await processStripeWebhook(deps, stale.payload, stale.header),
      await processStripeWebhook(deps, other.payload, other.header),
      await processStripeWebhook(deps, good.payload, null),
      await processStripeWebhook(deps, good.payload, "t=1,v1=deadbeef"),
    ];
    expect(results.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
    expect(await fx!.db.stripeEvent.count()).toBe(0);
    expect(await state(fx!, order.id)).toEqual({ order: "PENDING", licences: [] });
  });

  test("event types outside the allow-list are acknowledged and ignored", async () => {
    const { deps } = await setup();
    const r = await send(deps, "customer.created", { id: "cus_1", object: "customer" });
    expect(r).toEqual({ status: 200, body: { received: true, ignored: true } });
    expect(await fx!.db.stripeEvent.count()).toBe(0);
  });

  test("a handler failure answers 5xx and records nothing; the retry succeeds", async () => {
    const { deps, order, session } = await setup();
    pay(session);
    const { payload, header } = signedEvent("checkout.session.completed", session, SECRET);
    let fail = true;
    const flaky: WebhookDeps = {
      ...deps,
      now: () => {
        if (fail) throw new Error("database went away");
        return deps.now();
      },
    };
    expect((await processStripeWebhook(flaky, payload, header)).status).toBe(500);
    expect(await fx!.db.stripeEvent.count()).toBe(0);
    expect(await state(fx!, order.id)).toEqual({ order: "PENDING", licences: [] });
    fail = false;
    expect((await processStripeWebhook(flaky, payload, header)).status).toBe(200);
    expect(await state(fx!, order.id)).toEqual({ order: "PAID", licences: [{ status: "ACTIVE" }] });
  });

  test("the success page's sync reads the session from Stripe before any webhook", async () => {
    const { deps, order, session } = await setup();
    expect(await syncCheckoutSession(deps, order.id)).toBe("PENDING");
    pay(session);
    expect(await syncCheckoutSession(deps, order.id)).toBe("PAID");
    // the webhook arriving afterwards changes nothing
    expect((await send(deps, "checkout.session.completed", session)).status).toBe(200);
    expect(await state(fx!, order.id)).toEqual({ order: "PAID", licences: [{ status: "ACTIVE" }] });
  });
});
