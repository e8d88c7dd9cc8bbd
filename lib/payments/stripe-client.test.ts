// createStripe points the real SDK at STRIPE_API_URL (here the local Stripe double, over real HTTP) or at Stripe.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStripeDouble } from "../testing/stripe-double.mjs";
import { createStripe } from "./stripe-client";

type Double = { url: string; requests: { method: string; path: string }[]; close(): Promise<void> };
let double: Double;
beforeAll(async () => {
  double = (await startStripeDouble({ port: 3403 })) as Double;
});
afterAll(() => double.close());

const params = {
  mode: "payment" as const,
  success_url: "https://shop.example/ok?s={CHECKOUT_SESSION_ID}",
  cancel_url: "https://shop.example/cancel",
  line_items: [{ quantity: 1, price_data: { currency: "eur", unit_amount: 1234, product_data: { name: "Licence" } } }],
};

describe("createStripe", () => {
  it("with an API URL, sends the SDK's requests to that host and port over plain HTTP", async () => {
    const stripe = createStripe("sk_test_abc", double.url);
    const s = await stripe.checkout.sessions.create(params);
    expect(s.amount_total).toBe(1234);
    expect((await stripe.checkout.sessions.retrieve(s.id)).id).toBe(s.id);
    expect(double.requests.slice(-2).map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v1/checkout/sessions",
      `GET /v1/checkout/sessions/${s.id}`,
    ]);
  });

  it("passes the secret key: a key the API refuses gives Stripe's authentication error, not a retry loop", async () => {
    const before = double.requests.length;
    await expect(createStripe("rk_bad", double.url).checkout.sessions.create(params)).rejects.toMatchObject({
      type: "StripeAuthenticationError",
      statusCode: 401,
    });
    expect(double.requests.length - before).toBe(1); // 4xx is not retried
  });

  it("retries network failures twice, with or without an API URL", () => {
    expect(createStripe("sk_test_abc").getMaxNetworkRetries()).toBe(2);
    expect(createStripe("sk_test_abc", double.url).getMaxNetworkRetries()).toBe(2);
  });
});
