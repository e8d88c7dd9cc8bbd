// Binds the licensing and payment functions to the real database, mail, clock and (when configured) Stripe.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sendMail } from "@/lib/email";
import { getAuthSecret } from "@/lib/auth/secret";
import { createStripe, type Stripe } from "@/lib/payments/stripe-client";
import type { PaymentDeps } from "@/lib/payments/checkout";
import type { WebhookDeps } from "@/lib/payments/webhook";

const g = globalThis as unknown as { __stripe?: Stripe };

export function stripeClient(): Stripe | null {
  if (!env.STRIPE_SECRET_KEY) return null;
  return (g.__stripe ??= createStripe(env.STRIPE_SECRET_KEY, env.STRIPE_API_URL));
}

export const cardPaymentsEnabled = () => !!env.STRIPE_SECRET_KEY;

export function paymentDeps(): PaymentDeps {
  return {
    db,
    now: () => new Date(),
    send: sendMail,
    appUrl: env.APP_URL,
    stripe: stripeClient(),
    datasetSlug: env.DATASET_SLUG,
  };
}

export function webhookDeps(): WebhookDeps | null {
  const stripe = stripeClient();
  if (!stripe || !env.STRIPE_WEBHOOK_SECRET) return null;
  return { ...paymentDeps(), stripe, webhookSecret: env.STRIPE_WEBHOOK_SECRET };
}

export const cohortSecret = () => getAuthSecret();
