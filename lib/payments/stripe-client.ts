// The Stripe SDK client. STRIPE_API_URL points the SDK at another host (the local Stripe double in tests) through
// the SDK's own host/port/protocol options.
import Stripe from "stripe";

export function createStripe(secretKey: string, apiUrl?: string): Stripe {
  if (!apiUrl) return new Stripe(secretKey, { maxNetworkRetries: 2 });
  const u = new URL(apiUrl);
  const protocol = u.protocol === "http:" ? "http" : "https";
  return new Stripe(secretKey, {
    host: u.hostname,
    port: Number(u.port || (protocol === "http" ? 80 : 443)),
    protocol,
    maxNetworkRetries: 2,
  });
}

export type { Stripe };
