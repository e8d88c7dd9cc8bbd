import { describe, expect, it } from "vitest";
import { checkSubmission, DEFAULT_MIN_FILL_MS, issueFormToken, MAX_TOKEN_AGE_MS } from "./anti-spam";

const secret = "s".repeat(40);
const t0 = 1_700_000_000_000;
const at = (now: number, minFillMs = DEFAULT_MIN_FILL_MS) => ({ now, minFillMs });

describe("enquiry anti-spam checks", () => {
  const token = issueFormToken(secret, t0);

  it("accepts a form filled at human speed", () => {
    expect(checkSubmission(secret, { token, honeypot: "" }, at(t0 + DEFAULT_MIN_FILL_MS))).toBe("ok");
    expect(checkSubmission(secret, { token, honeypot: undefined }, at(t0 + 60_000))).toBe("ok");
  });

  it("refuses a filled honeypot before anything else", () => {
    expect(checkSubmission(secret, { token, honeypot: "http://spam.example" }, at(t0 + 60_000))).toBe("honeypot");
  });

  it("refuses forms sent faster than a person can type", () => {
    expect(checkSubmission(secret, { token, honeypot: "" }, at(t0 + DEFAULT_MIN_FILL_MS - 1))).toBe("too-fast");
  });

  it("uses the minimum fill time it is given", () => {
    expect(checkSubmission(secret, { token, honeypot: "" }, at(t0 + 59_999, 60_000))).toBe("too-fast");
    expect(checkSubmission(secret, { token, honeypot: "" }, at(t0 + 60_000, 60_000))).toBe("ok");
    expect(checkSubmission(secret, { token, honeypot: "" }, at(t0, 0))).toBe("ok");
  });

  it("refuses old, missing, forged or back-dated tokens", () => {
    expect(checkSubmission(secret, { token, honeypot: "" }, at(t0 + MAX_TOKEN_AGE_MS + 1))).toBe("expired");
    expect(checkSubmission(secret, { token: undefined, honeypot: "" }, at(t0))).toBe("bad-token");
    expect(checkSubmission(secret, { token: "garbage", honeypot: "" }, at(t0))).toBe("bad-token");
    const [, mac] = token.split(".");
    expect(checkSubmission(secret, { token: `${t0 - 60_000}.${mac}`, honeypot: "" }, at(t0 + 10_000))).toBe("bad-token");
    expect(checkSubmission("another-secret-another-secret-another", { token, honeypot: "" }, at(t0 + 10_000))).toBe("bad-token");
  });
});
