// Stripe webhook: the raw body goes to signature verification untouched (never req.json() first).
import { processStripeWebhook } from "@/lib/payments/webhook";
import { webhookDeps } from "@/app/_licensing/bind";

export const dynamic = "force-dynamic";

export async function POST(req: Request): Promise<Response> {
  const deps = webhookDeps();
  if (!deps) return Response.json({ error: "Card payments are not configured (invoice mode)." }, { status: 404 });
  const raw = await req.text();
  const r = await processStripeWebhook(deps, raw, req.headers.get("stripe-signature"));
  return Response.json(r.body, { status: r.status, headers: { "cache-control": "no-store" } });
}
