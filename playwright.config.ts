import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findBrowser } from "./scripts/test/find-browser.cjs";
import {
  E2E_BASE_URL,
  E2E_ENV,
  E2E_MAILBOX_URL,
  E2E_SMTP_HTTP_PORT,
  E2E_SMTP_PORT,
  E2E_STRIPE_PORT,
  E2E_STRIPE_URL,
  E2E_STRIPE_WEBHOOK_SECRET,
  E2E_TOPOLOGY,
} from "./e2e/support/e2e-env";

// Debian's Chromium: Playwright's own browser download is unreachable here. The flags keep Chromium from reaching
// for Google's hosts on a closed network.
const executablePath: string = findBrowser({ install: false });

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // The topology runs about ten processes (nginx, two instances, PostgreSQL, Redis, s3rver, workers...) on the same
  // two cores as the browser: long multi-page specs get more time there. A budget, not a speed check.
  timeout: E2E_TOPOLOGY ? 60_000 : 30_000,
  expect: { timeout: E2E_TOPOLOGY ? 15_000 : 5_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [...CHROMIUM_ARGS, "--disable-quic"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: "**/*.mobile.spec.ts" },
    {
      name: "mobile",
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 } },
      testMatch: "**/*.mobile.spec.ts",
    },
  ],
  // E2E_TOPOLOGY=1: the app, SMTP sink and Stripe double are the ones `npm run topology:up` started (nginx, two
  // instances, PostgreSQL, Redis, S3); e2e/support/e2e-env.ts reads their addresses from its state file.
  webServer: E2E_TOPOLOGY
    ? []
    : [
        {
          // The SMTP sink the app mails to (E2E_ENV.SMTP_URL); specs read what it received.
          command: "node e2e/support/smtp-sink.mjs",
          url: `${E2E_MAILBOX_URL}/health`,
          reuseExistingServer: false,
          timeout: 20_000,
          env: { E2E_SMTP_PORT: String(E2E_SMTP_PORT), E2E_SMTP_HTTP_PORT: String(E2E_SMTP_HTTP_PORT) },
        },
        {
          // The Stripe API double the app's SDK is pointed at; it posts signed webhooks to the app.
          command: "node lib/testing/stripe-double.mjs",
          url: `${E2E_STRIPE_URL}/_double/health`,
          reuseExistingServer: false,
          timeout: 20_000,
          env: {
            STRIPE_DOUBLE_PORT: String(E2E_STRIPE_PORT),
            STRIPE_DOUBLE_WEBHOOK_URL: `${E2E_BASE_URL}/api/stripe/webhook`,
            STRIPE_WEBHOOK_SECRET: E2E_STRIPE_WEBHOOK_SECRET,
          },
        },
        {
          command: "node scripts/test/e2e-server.mjs",
          url: `${E2E_BASE_URL}/`,
          reuseExistingServer: false,
          timeout: 120_000,
          env: E2E_ENV,
          stdout: "pipe",
          stderr: "pipe",
        },
      ],
});
