// The environment of an app under end-to-end test, shared by Playwright's own server (e2e-env.ts) and the
// production-like topology (scripts/topology/up.ts), so both run the app exactly as the specs expect.

// A known secret, so specs can mint the enquiry form's token with a chosen issue time through the app's own function
// (e2e/enquiry-helpers.ts) instead of sleeping past the minimum fill time.
export const E2E_AUTH_SECRET = "e2e-auth-secret-0123456789abcdefghijklmnopqrstuv";
// Ten minutes: a form token the page just served is always "too fast", whatever the machine's speed; specs that
// send a form on purpose hand it a token issued longer ago than that.
export const E2E_MIN_FILL_MS = 10 * 60_000;
export const E2E_STRIPE_WEBHOOK_SECRET = "whsec_e2e_stripe_double";

export interface E2eAppEnvInput {
  port: number;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string;
  smtpPort: number;
  stripeUrl: string;
  redisUrl?: string;
  /** Proxies whose X-Forwarded-For entry the app trusts (the specs play one; nginx is another). */
  proxyHops: number;
}

export function e2eAppEnv(i: E2eAppEnvInput): Record<string, string> {
  return {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(i.port),
    APP_URL: i.baseUrl,
    DATA_DIR: i.dataDir,
    DATABASE_URL: i.databaseUrl,
    DEMO_MODE: "1",
    AUTH_SECRET: E2E_AUTH_SECRET,
    // The specs play the part of a reverse proxy: the X-Forwarded-For they send stands for the client, so each test can
    // be a client of its own for the rate limits. e2e/client-address.spec.ts runs an instance that trusts no proxy.
    TRUSTED_PROXY_HOPS: String(i.proxyHops),
    ENQUIRY_MIN_FILL_MS: String(E2E_MIN_FILL_MS),
    // Mail jobs give up after one retry a second later, so a spec sees a failed job soon (e2e/desk-jobs.spec.ts).
    JOBS_RETRY_DELAY_SECONDS: "1",
    JOBS_RETRY_LIMIT: "1",
    JOBS_POLL_SECONDS: "0.5",
    // A small synthetic catalogue keeps the server's start quick; the cohort specs only need it non-trivial.
    DEMO_CATALOG_STUDIES: "24000",
    SMTP_URL: `smtp://127.0.0.1:${i.smtpPort}`,
    STRIPE_SECRET_KEY: "sk_test_e2e_stripe_double",
    STRIPE_WEBHOOK_SECRET: E2E_STRIPE_WEBHOOK_SECRET,
    STRIPE_API_URL: i.stripeUrl,
    // With REDIS_URL set, the app's rate limits live in Redis, as with several instances in production.
    ...(i.redisUrl ? { REDIS_URL: i.redisUrl } : {}),
  };
}
