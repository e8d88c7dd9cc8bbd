// rateLimit() checks every rule against the process's backend (memory here: no REDIS_URL) and refuses when any is
// spent, telling how long to wait.
import { describe, expect, it, vi } from "vitest";

vi.mock("../env", () => ({ env: { REDIS_URL: undefined } }));
const { rateLimit, describeWait, policies } = await import("./index");

describe("rateLimit", () => {
  it("allows up to the rule's limit per key, then refuses with a wait", async () => {
    const key = `203.0.113.${process.pid % 250}`;
    const checks = [{ rule: policies.enquiryPerIp, key }];
    for (let i = 0; i < policies.enquiryPerIp.limit; i++) expect((await rateLimit(checks)).allowed).toBe(true);
    const refused = await rateLimit(checks);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterS).toBeGreaterThan(0);
    expect(refused.retryAfterS).toBeLessThanOrEqual(policies.enquiryPerIp.windowMs / 1000);
    expect(describeWait(refused.retryAfterS)).toMatch(/minute/);
    // Another key is counted apart.
    expect((await rateLimit([{ rule: policies.enquiryPerIp, key: `${key}-other` }])).allowed).toBe(true);
  });

  it("refuses when any one of several rules is spent", async () => {
    const email = `x${process.pid}@example.org`;
    for (let i = 0; i < policies.enquiryPerEmail.limit; i++) {
      await rateLimit([{ rule: policies.enquiryPerEmail, key: email }]);
    }
    const r = await rateLimit([
      { rule: policies.enquiryPerIp, key: "fresh-ip" },
      { rule: policies.enquiryPerEmail, key: email },
    ]);
    expect(r.allowed).toBe(false);
  });
});
