// The environment of the app under end-to-end test: its own SQLite database and data folder, so tests never touch the
// demo's data; CLIs the specs run get the same variables.
import path from "node:path";

const root = path.resolve(__dirname, "../..");
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATA_DIR = path.join(root, ".data", "e2e");
// The local SMTP sink (e2e/support/smtp-sink.mjs): the app sends real SMTP to it, specs read the mail over HTTP.
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3125);
export const E2E_SMTP_HTTP_PORT = Number(process.env.E2E_SMTP_HTTP_PORT ?? 3126);
export const E2E_MAILBOX_URL = `http://127.0.0.1:${E2E_SMTP_HTTP_PORT}`;
// The local Stripe API double (lib/testing/stripe-double.mjs): the app's Stripe SDK talks to it, and it delivers
// signed webhooks back to the app.
export const E2E_STRIPE_PORT = Number(process.env.E2E_STRIPE_PORT ?? E2E_PORT + 30);
export const E2E_STRIPE_URL = `http://127.0.0.1:${E2E_STRIPE_PORT}`;
export const E2E_STRIPE_WEBHOOK_SECRET = "whsec_e2e_stripe_double";

// A known secret, so specs can mint the enquiry form's token with a chosen issue time through the app's own function
// (e2e/enquiry-helpers.ts) instead of sleeping past the minimum fill time.
export const E2E_AUTH_SECRET = "e2e-auth-secret-0123456789abcdefghijklmnopqrstuv";
// Ten minutes: a form token the page just served is always "too fast", whatever the machine's speed; specs that
// send a form on purpose hand it a token issued longer ago than that.
export const E2E_MIN_FILL_MS = 10 * 60_000;

export const E2E_ENV: Record<string, string> = {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(E2E_PORT),
  APP_URL: E2E_BASE_URL,
  DATA_DIR: E2E_DATA_DIR,
  DATABASE_URL: `file:${path.join(E2E_DATA_DIR, "storefront.db")}`,
  DEMO_MODE: "1",
  AUTH_SECRET: E2E_AUTH_SECRET,
  // The specs play the part of a reverse proxy: the X-Forwarded-For they send stands for the client, so each test can
  // be a client of its own for the rate limits. e2e/client-address.spec.ts runs an instance that trusts no proxy.
  TRUSTED_PROXY_HOPS: "1",
  ENQUIRY_MIN_FILL_MS: String(E2E_MIN_FILL_MS),
  // Mail jobs give up after one retry a second later, so a spec sees a failed job soon (e2e/desk-jobs.spec.ts).
  JOBS_RETRY_DELAY_SECONDS: "1",
  JOBS_RETRY_LIMIT: "1",
  JOBS_POLL_SECONDS: "0.5",
  // A small synthetic catalogue keeps the server's start quick; the cohort specs only need it non-trivial.
  DEMO_CATALOG_STUDIES: "24000",
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  STRIPE_SECRET_KEY: "sk_test_e2e_stripe_double",
  STRIPE_WEBHOOK_SECRET: E2E_STRIPE_WEBHOOK_SECRET,
  STRIPE_API_URL: E2E_STRIPE_URL,
  // With REDIS_URL set (CI), the app's rate limits live in Redis, as with several instances in production.
  ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
};
