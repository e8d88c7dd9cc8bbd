// The client address with no proxy in front (TRUSTED_PROXY_HOPS=0, the default): the socket's address counts and a
// forged X-Forwarded-For neither escapes the per-address limits nor lands in the stored enquiry. The main e2e app
// trusts one proxy (the specs play it); this spec starts an instance of the same build that trusts none.
import { expect, test } from "@playwright/test";
import { callAction } from "./support/auth-actions";
import { row, uniqueEmail } from "./support/auth-db";
import { startInstance } from "./support/second-instance";
import { agedFormToken } from "./enquiry-helpers";

const PORT = Number(process.env.E2E_DIRECT_PORT ?? Number(process.env.E2E_SECOND_PORT ?? 3101) + 1);
let instance: Awaited<ReturnType<typeof startInstance>>;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // Rate limits in this instance's own memory: its socket address must not share counters with other runs.
  instance = await startInstance(PORT, { TRUSTED_PROXY_HOPS: "0", REDIS_URL: undefined });
});
test.afterAll(async () => instance?.stop());

const forged = (i: number) => `198.51.100.${i + 1}`;

test("rotating X-Forwarded-For does not escape the per-address sign-in limit", async () => {
  const outcomes = [];
  for (let i = 0; i < 11; i++) {
    const r = await callAction({
      file: "app/(auth)/actions.ts",
      name: "requestSignInAction",
      page: "/sign-in",
      base: instance.url,
      fields: { email: uniqueEmail("direct"), callbackUrl: "/account" },
      headers: { "x-forwarded-for": forged(i) },
    });
    outcomes.push(r.outcome);
  }
  // 10 links per address in ten minutes (lib/rate-limit/policies.ts), all from this one socket address.
  expect(outcomes).toEqual([...Array(10).fill("redirect"), "RATE_LIMITED"]);
});

test("an enquiry stores the socket's address, not the one the client claims", async () => {
  const email = uniqueEmail("direct-enquiry");
  const r = await callAction({
    file: "app/(marketing)/enquire/actions.ts",
    name: "submitEnquiryAction",
    page: "/enquire",
    base: instance.url,
    fields: {
      name: "Direct Client",
      email,
      organization: "No Proxy Ltd",
      country: "DE",
      jobRole: "researcher",
      intendedUse: "research",
      timeline: "exploring",
      message: "",
      consent: "on",
      formToken: agedFormToken(),
      website: "",
    },
    headers: { "x-forwarded-for": "203.0.113.66" },
  });
  expect(r.outcome).toBe("redirect");
  const stored = row<{ ip: string }>(`SELECT ip FROM "Enquiry" WHERE email = ?`, email)?.ip;
  expect(["127.0.0.1", "::1"]).toContain(stored);
});
