// startCheckout and createCheckoutSession: a card order becomes a Stripe Checkout Session created by the real Stripe
// SDK over HTTP against the local Stripe double (lib/testing/stripe-double.mjs), priced from the live list or the
// quote, with the order linked in the metadata; a quote that cannot be ordered, or a purchase beyond the self-serve
// limit, is refused with nothing written. Scratch database (SQLite, or PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { startStripeDouble } from "../testing/stripe-double.mjs";
import { createQuote } from "../licensing/quotes";
import { createStripe } from "./stripe-client";
import { createCheckoutSession, orderUrl, startCheckout, type CheckoutRequest } from "./checkout";
import { fixturePerTest, noBilling, smallCohort } from "./test-utils/fixtures";

type Double = {
  url: string;
  requests: { method: string; path: string; idempotencyKey: string | null; body: string }[];
  sessions: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
};
let double: Double;
const fixture = fixturePerTest();

beforeAll(async () => {
  double = (await startStripeDouble({ port: 4701 })) as Double;
});
afterAll(() => double.close());

async function setup() {
  const f = await fixture({ stripe: createStripe("sk_test_checkout", double.url) });
  const staff = await f.db.user.create({ data: { email: "sales@vendor.test", role: "SALES" } });
  const cardFor = async (source: CheckoutRequest["source"]): Promise<CheckoutRequest> => ({
    user: f.buyer,
    mode: "card",
    agreement: await f.agreement(),
    billing: noBilling,
    source,
  });
  const quote = (over: { validDays?: number; discountMinor?: number; studies?: number } = {}) =>
    createQuote(f.deps, staff, {
      enquiryId: null,
      organizationId: f.org.id,
      contactEmail: f.buyer.email,
      contactName: null,
      use: "research",
      cohort: smallCohort(over.studies ?? 2_000),
      unitPriceMinor: null,
      discountMinor: over.discountMinor ?? 0,
      discountReason: over.discountMinor ? "Partner" : null,
      validDays: over.validDays ?? 30,
    });
  /** Rows a refused checkout must not leave behind. */
  const counts = async () => ({
    orders: await f.db.order.count(),
    acceptances: await f.db.agreementAcceptance.count(),
    orderAudits: await f.db.auditEvent.count({ where: { action: "order.created" } }),
    sessions: double.sessions.size,
  });
  return { f, cardFor, quote, counts };
}

/** The form fields the SDK posted to create the order's session. */
function createParams(orderId: string): URLSearchParams {
  const posts = double.requests.filter(
    (r) =>
      r.method === "POST" && r.path === "/v1/checkout/sessions" && r.idempotencyKey === `checkout-session-${orderId}`,
  );
  expect(posts).toHaveLength(1);
  return new URLSearchParams(posts[0]!.body);
}

describe("card checkout from a cohort", () => {
  test("creates a Checkout Session for the graduated price in the list's currency, linked to the order", async () => {
    const { f, cardFor } = await setup();
    const { orderId, redirectUrl } = await startCheckout(
      f.deps,
      await cardFor({ kind: "cohort", cohort: smallCohort(1_500), use: "research" }),
    );
    const order = await f.db.order.findUniqueOrThrow({ where: { id: orderId } });
    // default research tiers: 1,000 x 4.00 + 500 x 2.50 = 5,250.00 EUR
    expect(order).toMatchObject({ status: "PENDING", mode: "CARD", amountMinor: 525_000n, currency: "EUR" });
    expect(order.invoiceNumber).toBeNull();
    const session = double.sessions.get(order.stripeCheckoutSessionId!)!;
    expect(session).toMatchObject({
      amount_total: 525_000,
      currency: "eur",
      mode: "payment",
      client_reference_id: orderId,
      customer_email: f.buyer.email,
      metadata: { orderId, quoteId: "", organizationId: f.org.id },
      success_url: `${orderUrl("http://app.test", orderId)}?checkout=success`,
      cancel_url: `${orderUrl("http://app.test", orderId)}?checkout=cancelled`,
    });
    expect(redirectUrl).toBe(session.url);
    expect(order.checkoutUrl).toBe(session.url);
    const sent = createParams(orderId);
    expect(sent.get("line_items[0][quantity]")).toBe("1");
    expect(sent.get("line_items[0][price_data][product_data][name]")).toBe(
      "Lumbar Spine MRI licence: Disc herniation, MRI (1500 studies, research, 12 months)",
    );
    expect(sent.get("payment_intent_data[metadata][orderId]")).toBe(orderId);
    const audit = await f.db.auditEvent.findFirstOrThrow({ where: { action: "order.created", targetId: orderId } });
    expect(JSON.parse(audit.details!)).toMatchObject({ mode: "CARD", amountMinor: 525_000, currency: "EUR" });
    expect(f.mail).toHaveLength(0); // no invoice mail for a card order
  });

  test("creating the session again for the same order gets the same session back (idempotency key per order)", async () => {
    const { f, cardFor } = await setup();
    const { orderId } = await startCheckout(
      f.deps,
      await cardFor({ kind: "cohort", cohort: smallCohort(), use: "research" }),
    );
    const first = (await f.db.order.findUniqueOrThrow({ where: { id: orderId } })).stripeCheckoutSessionId;
    const sessionsBefore = double.sessions.size;
    const again = await createCheckoutSession(f.deps, orderId);
    expect(again.id).toBe(first);
    expect(double.sessions.size).toBe(sessionsBefore);
  });

  test("when Stripe refuses, the order is closed as FAILED and the buyer is told to retry or use invoice", async () => {
    const f = await fixture({ stripe: createStripe("rk_refused_key", double.url) });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(
        startCheckout(f.deps, {
          user: f.buyer,
          mode: "card",
          agreement: await f.agreement(),
          billing: noBilling,
          source: { kind: "cohort", cohort: smallCohort(), use: "research" },
        }),
      ).rejects.toMatchObject({ code: "INTERNAL", message: expect.stringMatching(/choose invoice/) });
    } finally {
      logged.mockRestore();
    }
    const [order] = await f.db.order.findMany();
    expect(order).toMatchObject({
      status: "FAILED",
      closedAt: f.clock.now,
      closedReason: "Card checkout could not be started",
      stripeCheckoutSessionId: null,
    });
  });

  test("above the self-serve limit the buyer is sent to ask for a quote; nothing is written", async () => {
    const { f, cardFor, counts } = await setup();
    const before = await counts();
    await expect(
      startCheckout(f.deps, await cardFor({ kind: "cohort", cohort: smallCohort(5_001), use: "research" })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Request a quote instead\.$/) });
    expect(await counts()).toEqual(before);
  });
});

describe("card checkout from a quote", () => {
  test("charges the quote's discounted total and marks the quote accepted", async () => {
    const { f, cardFor, quote } = await setup();
    // 2,000 research studies: 1,000 x 4.00 + 1,000 x 2.50 = 6,500.00, less 500.00
    const q = await quote({ discountMinor: 50_000 });
    const { orderId } = await startCheckout(f.deps, await cardFor({ kind: "quote", quoteId: q.id }));
    const order = await f.db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order).toMatchObject({ quoteId: q.id, amountMinor: 600_000n, studyCount: 2_000 });
    expect(double.sessions.get(order.stripeCheckoutSessionId!)).toMatchObject({
      amount_total: 600_000,
      metadata: { orderId, quoteId: q.id, organizationId: f.org.id },
    });
    expect((await f.db.quote.findUniqueOrThrow({ where: { id: q.id } })).status).toBe("ACCEPTED");
  });

  test("a quote that is withdrawn, expired, already ordered or another organisation's is refused; nothing is written", async () => {
    const { f, cardFor, quote, counts } = await setup();
    const refuse = async (quoteId: string, expected: Record<string, unknown>) => {
      const before = await counts();
      await expect(startCheckout(f.deps, await cardFor({ kind: "quote", quoteId }))).rejects.toMatchObject(expected);
      expect(await counts()).toEqual(before);
    };

    const withdrawn = await quote();
    await f.db.quote.update({ where: { id: withdrawn.id }, data: { status: "WITHDRAWN" } });
    await refuse(withdrawn.id, { code: "CONFLICT", message: "This quote has been withdrawn." });

    const expiring = await quote({ validDays: 1 });
    f.clock.now = expiring.validUntil; // valid until, not through, that instant
    await refuse(expiring.id, { code: "CONFLICT", message: expect.stringMatching(/expired/) });
    f.clock.now = new Date("2026-03-01T10:00:00Z");

    const ordered = await quote();
    await startCheckout(f.deps, await cardFor({ kind: "quote", quoteId: ordered.id }));
    await refuse(ordered.id, { code: "CONFLICT", message: expect.stringMatching(/already has an order/) });

    const other = await f.db.organization.create({ data: { name: "Other Org" } });
    const theirs = await quote();
    await f.db.quote.update({ where: { id: theirs.id }, data: { organizationId: other.id } });
    await refuse(theirs.id, { code: "NOT_FOUND", message: "Quote not found." });
    await refuse("no-such-quote", { code: "NOT_FOUND" });
  });
});

describe("refusals before anything is priced or written", () => {
  test("card without Stripe configured names the mode field; no price list is a conflict", async () => {
    const f = await fixture({ stripe: null });
    const req: CheckoutRequest = {
      user: f.buyer,
      mode: "card",
      agreement: await f.agreement(),
      billing: noBilling,
      source: { kind: "cohort", cohort: smallCohort(), use: "research" },
    };
    await expect(startCheckout(f.deps, req)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { mode: ["Card payment is not available; choose invoice."] },
    });
    await f.db.priceList.deleteMany();
    await expect(
      startCheckout({ ...f.deps, stripe: createStripe("sk_test_x", double.url) }, req),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "No price list is published yet." });
    expect(await f.db.order.count()).toBe(0);
  });
});

describe("a first-time buyer without an organisation", () => {
  test("gets the organisation named on the billing details; a name already taken is refused under legalName", async () => {
    const { f } = await setup();
    const newcomer = await f.db.user.create({ data: { email: "new@startup.test" } });
    const agreement = await f.agreement();
    const source = { kind: "cohort" as const, cohort: smallCohort(), use: "research" as const };
    const user = { id: newcomer.id, email: newcomer.email, organizationId: null };
    await expect(
      startCheckout(f.deps, {
        user,
        mode: "card",
        agreement,
        billing: { ...noBilling, legalName: f.org.name },
        source,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { legalName: [expect.any(String)] } });
    expect((await f.db.user.findUniqueOrThrow({ where: { id: newcomer.id } })).organizationId).toBeNull();

    const { orderId } = await startCheckout(f.deps, {
      user,
      mode: "card",
      agreement,
      billing: { ...noBilling, legalName: "Startup Ltd" },
      source,
    });
    const org = await f.db.organization.findUniqueOrThrow({ where: { name: "Startup Ltd" } });
    expect((await f.db.user.findUniqueOrThrow({ where: { id: newcomer.id } })).organizationId).toBe(org.id);
    expect((await f.db.order.findUniqueOrThrow({ where: { id: orderId } })).organizationId).toBe(org.id);
  });
});
