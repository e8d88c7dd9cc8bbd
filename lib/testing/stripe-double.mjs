// A local double of the Stripe API for exactly the calls the app makes (Checkout Sessions create and retrieve),
// speaking real HTTP to the real `stripe` SDK (pointed here with STRIPE_API_URL), plus a stand-in for the hosted
// checkout page and webhook delivery signed with the SDK's own test-header helper.
//
//   node lib/testing/stripe-double.mjs     (STRIPE_DOUBLE_PORT, STRIPE_DOUBLE_WEBHOOK_URL, STRIPE_WEBHOOK_SECRET)
import crypto from "node:crypto";
import http from "node:http";
import Stripe from "stripe";

const signer = new Stripe("sk_test_double_signer");

/** A Stripe event as the webhook receives it, signed with `secret` (timestamp in seconds, for stale-event tests). */
export function signedEvent(type, object, secret, { id, timestamp } = {}) {
  const event = {
    id: id ?? `evt_${crypto.randomBytes(12).toString("hex")}`,
    object: "event",
    api_version: "2025-01-27.acacia",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    type,
    data: { object },
  };
  const payload = JSON.stringify(event);
  const header = signer.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) });
  return { event, payload, header };
}

/** Stripe's form encoding (a[b][0][c]=v) back into nested objects and arrays. */
function parseForm(body) {
  const root = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[");
    let node = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(path[i + 1]);
      if (last) node[part] = value;
      else node = node[part] ??= nextIsIndex ? [] : {};
    });
  }
  return root;
}

const stripeError = (res, status, type, message) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: { type, message } }));
};

export function startStripeDouble({ port = 0, webhookUrl, webhookSecret } = {}) {
  const sessions = new Map();
  const idempotency = new Map();
  const requests = [];
  let base = "";

  async function deliver(type, object) {
    if (!webhookUrl) return { status: 0 };
    const { payload, header, event } = signedEvent(type, object, webhookSecret);
    // Like Stripe: retry on failure (a few quick attempts here).
    for (let attempt = 0; attempt < 5; attempt++) {
      const r = await fetch(webhookUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": header },
        body: payload,
      }).catch(() => null);
      if (r && r.status < 300) return { status: r.status, id: event.id };
      await new Promise((ok) => setTimeout(ok, 200 * (attempt + 1)));
    }
    return { status: 500, id: event.id };
  }

  function createSession(params) {
    const id = `cs_test_${crypto.randomBytes(12).toString("hex")}`;
    const item = params.line_items?.[0] ?? {};
    const amount = Number(item.price_data?.unit_amount ?? 0) * Number(item.quantity ?? 1);
    const session = {
      id,
      object: "checkout.session",
      mode: params.mode,
      status: "open",
      payment_status: "unpaid",
      amount_total: amount,
      amount_subtotal: amount,
      currency: item.price_data?.currency,
      client_reference_id: params.client_reference_id ?? null,
      customer_email: params.customer_email ?? null,
      metadata: params.metadata ?? {},
      payment_intent: null,
      success_url: params.success_url,
      cancel_url: params.cancel_url,
      url: `${base}/pay/${id}`,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
    };
    sessions.set(id, session);
    return session;
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, base);
    let body = "";
    for await (const chunk of req) body += chunk;
    requests.push({
      method: req.method,
      path: url.pathname,
      idempotencyKey: req.headers["idempotency-key"] ?? null,
      body,
    });

    if (url.pathname.startsWith("/v1/")) {
      if (!/^Bearer sk_/.test(req.headers.authorization ?? ""))
        return stripeError(res, 401, "invalid_request_error", "Invalid API Key provided");
      if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
        const key = req.headers["idempotency-key"];
        if (key && idempotency.has(key)) {
          const prior = idempotency.get(key);
          if (prior.body !== body)
            return stripeError(
              res,
              400,
              "idempotency_error",
              "Keys for idempotent requests can only be used with the same parameters they were first used with.",
            );
          res.writeHead(200, { "content-type": "application/json", "idempotent-replayed": "true" });
          return res.end(JSON.stringify(sessions.get(prior.id)));
        }
        const params = parseForm(body);
        if (!params.success_url || !params.line_items)
          return stripeError(res, 400, "invalid_request_error", "Missing required param: success_url or line_items.");
        const session = createSession(params);
        if (key) idempotency.set(key, { body, id: session.id });
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify(session));
      }
      const m = /^\/v1\/checkout\/sessions\/([\w]+)$/.exec(url.pathname);
      if (req.method === "GET" && m) {
        const s = sessions.get(m[1]);
        if (!s) return stripeError(res, 404, "invalid_request_error", `No such checkout.session: '${m[1]}'`);
        res.writeHead(200, { "content-type": "application/json" });
        return res.end(JSON.stringify(s));
      }
      return stripeError(
        res,
        404,
        "invalid_request_error",
        `Unrecognized request URL (${req.method}: ${url.pathname}). The Stripe double implements only the calls the app makes.`,
      );
    }

    // The hosted checkout page stand-in.
    const pay = /^\/pay\/(cs_test_\w+)(\/complete|\/cancel)?$/.exec(url.pathname);
    if (pay) {
      const s = sessions.get(pay[1]);
      if (!s) return stripeError(res, 404, "invalid_request_error", "No such session");
      if (req.method === "GET" && !pay[2]) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(`<!doctype html><html lang="en"><head><title>Stripe double checkout</title></head><body><main><h1>Test checkout</h1>
<p>Amount: <span id="amount">${(s.amount_total / 100).toFixed(2)} ${String(s.currency).toUpperCase()}</span></p>
<form method="post" action="/pay/${s.id}/complete"><button type="submit">Pay</button></form>
<form method="post" action="/pay/${s.id}/complete?webhook=0"><button type="submit">Pay, webhook delayed</button></form>
<form method="post" action="/pay/${s.id}/cancel"><button type="submit">Cancel</button></form></main></body></html>`);
      }
      if (req.method === "POST" && pay[2] === "/complete") {
        if (s.status === "open")
          Object.assign(s, {
            status: "complete",
            payment_status: "paid",
            payment_intent: `pi_${crypto.randomBytes(12).toString("hex")}`,
          });
        if (url.searchParams.get("webhook") !== "0") await deliver("checkout.session.completed", s);
        res.writeHead(303, { location: s.success_url.replace("{CHECKOUT_SESSION_ID}", s.id) });
        return res.end();
      }
      if (req.method === "POST" && pay[2] === "/cancel") {
        res.writeHead(303, { location: s.cancel_url });
        return res.end();
      }
    }

    // Test control: send an event about a session (e.g. a refund).
    const ctl = /^\/_double\/sessions\/(cs_test_\w+)\/events$/.exec(url.pathname);
    if (req.method === "POST" && ctl) {
      const s = sessions.get(ctl[1]);
      const { type } = JSON.parse(body || "{}");
      if (!s) return stripeError(res, 404, "invalid_request_error", "No such session");
      const object =
        type === "charge.refunded"
          ? {
              id: `ch_${crypto.randomBytes(8).toString("hex")}`,
              object: "charge",
              payment_intent: s.payment_intent,
              refunded: true,
              amount_refunded: s.amount_total,
              amount: s.amount_total,
              currency: s.currency,
            }
          : s;
      const r = await deliver(type, object);
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify(r));
    }
    if (url.pathname === "/_double/health") {
      res.writeHead(200);
      return res.end("ok");
    }
    stripeError(res, 404, "invalid_request_error", "not found");
  });

  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      base = `http://127.0.0.1:${server.address().port}`;
      resolve({ url: base, sessions, requests, deliver, close: () => new Promise((ok) => server.close(ok)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.STRIPE_DOUBLE_PORT ?? 3730);
  const d = await startStripeDouble({
    port,
    webhookUrl: process.env.STRIPE_DOUBLE_WEBHOOK_URL,
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
  });
  console.log(`stripe double listening on ${d.url}`);
}
