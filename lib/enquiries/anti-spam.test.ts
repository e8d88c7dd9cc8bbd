import { describe, expect, it } from "vitest";
import { checkSubmission, issueFormToken, MAX_TOKEN_AGE_MS, MIN_FILL_MS } from "./anti-spam";

const secret = "s".repeat(40);
const t0 = 1_700_000_000_000;

describe("enquiry anti-spam checks", () => {
  const token = issueFormToken(secret, t0);

  it("accepts a form filled at human speed", () => {
    expect(checkSubmission(secret, { token, honeypot: "" }, t0 + MIN_FILL_MS)).toBe("ok");
    expect(checkSubmission(secret, { token, honeypot: undefined }, t0 + 60_000)).toBe("ok");
  });

  it("refuses a filled honeypot before anything else", () => {
    expect(checkSubmission(secret, { token, honeypot: "http://spam.example" }, t0 + 60_000)).toBe("honeypot");
  });

  it("refuses forms sent faster than a person can type", () => {
    expect(checkSubmission(secret, { token, honeypot: "" }, t0 + MIN_FILL_MS - 1)).toBe("too-fast");
  });

  it("refuses old, missing, forged or back-dated tokens", () => {
    expect(checkSubmission(secret, { token, honeypot: "" }, t0 + MAX_TOKEN_AGE_MS + 1)).toBe("expired");
    expect(checkSubmission(secret, { token: undefined, honeypot: "" }, t0)).toBe("bad-token");
    expect(checkSubmission(secret, { token: "garbage", honeypot: "" }, t0)).toBe("bad-token");
    const [, mac] = token.split(".");
    expect(checkSubmission(secret, { token: `${t0 - 60_000}.${mac}`, honeypot: "" }, t0 + 10_000)).toBe("bad-token");
    expect(checkSubmission("another-secret-another-secret-another", { token, honeypot: "" }, t0 + 10_000)).toBe("bad-token");
  });
});
