// Rate limits shared by two app instances through Redis. Runs only when REDIS_URL is set (CI); the main e2e app gets
// the same REDIS_URL from e2e-env, and this spec starts a second instance of the same build on another port.
//   REDIS_URL=redis://127.0.0.1:6379 npx playwright test e2e/enquiry-rate-limit-redis.spec.ts
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { count, uniqueEmail } from "./support/auth-db";
import { actionId, encodeReply } from "./support/auth-actions";
import { E2E_BASE_URL, E2E_ENV } from "./support/e2e-env";
import { agedFormToken, randomIp } from "./enquiry-helpers";

const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? 3101);
const SECOND_URL = `http://localhost:${SECOND_PORT}`;

test.skip(!E2E_ENV.REDIS_URL, "needs REDIS_URL (a Redis shared by the two app instances)");

let second: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  second = spawn(process.execPath, ["scripts/server.mjs", "-p", String(SECOND_PORT)], {
    env: { ...process.env, ...E2E_ENV, PORT: String(SECOND_PORT), REDIS_URL: E2E_ENV.REDIS_URL! },
    stdio: "ignore",
  });
  await expect
    .poll(async () => (await fetch(`${SECOND_URL}/`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
    .toBe(200);
});

test.afterAll(() => {
  second?.kill("SIGTERM");
});

async function submit(base: string, fields: Record<string, string>, ip: string) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  const res = await fetch(`${base}/enquire`, {
    method: "POST",
    redirect: "manual",
    headers: {
      accept: "text/x-component",
      "next-action": actionId("app/(marketing)/enquire/actions.ts", "submitEnquiryAction"),
      origin: base,
      "x-forwarded-for": ip,
    },
    body: await encodeReply([null, fd]),
  });
  const text = await res.text();
  return res.headers.get("x-action-redirect")
    ? "stored"
    : /"code":"RATE_LIMITED"/.test(text)
      ? "limited"
      : `other: ${text.slice(0, 200)}`;
}

test("the per-email limit holds across two app instances sharing Redis", async () => {
  const email = uniqueEmail("redis");
  const fields = {
    name: "Two Instances",
    email,
    organization: "Shared Limits",
    country: "FR",
    jobRole: "engineer",
    intendedUse: "research",
    timeline: "asap",
    message: "",
    consent: "on",
    website: "",
  };
  // Alternate between the instances, each time from a fresh address so only the per-email limit (3) applies.
  const results = [];
  for (let i = 0; i < 5; i++)
    results.push(
      await submit(i % 2 === 0 ? E2E_BASE_URL : SECOND_URL, { ...fields, formToken: agedFormToken() }, randomIp()),
    );
  expect(results).toEqual(["stored", "stored", "stored", "limited", "limited"]);
  expect(count(`SELECT count(*) AS n FROM "Enquiry" WHERE email = ?`, email)).toBe(3);
});
