import { describe, expect, it } from "vitest";
import { MemoryOnceStore } from "../rate-limit/once";
import {
  checkSubmission,
  DEFAULT_MIN_FILL_MS,
  formTokenNonce,
  issueFormToken,
  MAX_TOKEN_AGE_MS,
  spendFormToken,
} from "./anti-spam";

const secret = "s".repeat(40);
const t0 = 1_700_000_000_000;
const at = (now: number, minFillMs = DEFAULT_MIN_FILL_MS) => ({ now, minFillMs });
const verdict = (token: unknown, now: number, minFillMs = DEFAULT_MIN_FILL_MS, honeypot: unknown = "") =>
  checkSubmission(secret, { token, honeypot }, at(now, minFillMs)).verdict;

describe("enquiry anti-spam checks", () => {
  const token = issueFormToken(secret, t0);

  it("accepts a form filled at human speed", () => {
    expect(verdict(token, t0 + DEFAULT_MIN_FILL_MS)).toBe("ok");
    expect(verdict(token, t0 + 60_000, DEFAULT_MIN_FILL_MS, undefined)).toBe("ok");
  });

  it("refuses a filled honeypot before anything else", () => {
    expect(verdict(token, t0 + 60_000, DEFAULT_MIN_FILL_MS, "http://spam.example")).toBe("honeypot");
  });

  it("refuses forms sent faster than a person can type", () => {
    expect(verdict(token, t0 + DEFAULT_MIN_FILL_MS - 1)).toBe("too-fast");
  });

  it("uses the minimum fill time it is given", () => {
    expect(verdict(token, t0 + 59_999, 60_000)).toBe("too-fast");
    expect(verdict(token, t0 + 60_000, 60_000)).toBe("ok");
    expect(verdict(token, t0, 0)).toBe("ok");
  });

  it("lives a few hours, not days", () => {
    expect(MAX_TOKEN_AGE_MS).toBeLessThanOrEqual(3 * 60 * 60 * 1000);
    expect(verdict(token, t0 + MAX_TOKEN_AGE_MS)).toBe("ok");
    expect(verdict(token, t0 + MAX_TOKEN_AGE_MS + 1)).toBe("expired");
  });

  it("refuses missing, forged, re-dated or re-nonced tokens", () => {
    expect(verdict(undefined, t0)).toBe("bad-token");
    expect(verdict("garbage", t0)).toBe("bad-token");
    const [, nonce, mac] = token.split(".");
    expect(verdict(`${t0 - 60_000}.${nonce}.${mac}`, t0 + 10_000)).toBe("bad-token");
    expect(verdict(`${t0}.other-nonce.${mac}`, t0 + 10_000)).toBe("bad-token");
    expect(verdict(`${token}.extra`, t0 + 10_000)).toBe("bad-token");
    expect(
      checkSubmission("another-secret-another-secret-another", { token, honeypot: "" }, at(t0 + 10_000)).verdict,
    ).toBe("bad-token");
  });
});

describe("spending a form token", () => {
  it("works once: a replay of an accepted token is refused", async () => {
    const once = new MemoryOnceStore(() => t0);
    const token = issueFormToken(secret, t0);
    const check = checkSubmission(secret, { token, honeypot: "" }, at(t0 + 10_000));
    expect(await spendFormToken(once, check, t0 + 10_000)).toBe(true);
    const again = checkSubmission(secret, { token, honeypot: "" }, at(t0 + 20_000));
    expect(again.verdict).toBe("ok");
    expect(await spendFormToken(once, again, t0 + 20_000)).toBe(false);
  });

  it("a too-fast refusal leaves the token unspent, so the same form goes through when resent", async () => {
    const once = new MemoryOnceStore(() => t0);
    const token = issueFormToken(secret, t0);
    const tooFast = checkSubmission(secret, { token, honeypot: "" }, at(t0 + 1_000));
    expect(tooFast.verdict).toBe("too-fast");
    expect(await spendFormToken(once, tooFast, t0 + 1_000)).toBe(false);
    const later = checkSubmission(secret, { token, honeypot: "" }, at(t0 + DEFAULT_MIN_FILL_MS));
    expect(await spendFormToken(once, later, t0 + DEFAULT_MIN_FILL_MS)).toBe(true);
  });

  it("keeps the nonce for the token's whole life", async () => {
    let now = t0;
    const once = new MemoryOnceStore(() => now);
    const token = issueFormToken(secret, t0);
    expect(
      await spendFormToken(once, checkSubmission(secret, { token, honeypot: "" }, at(t0 + 5_000)), t0 + 5_000),
    ).toBe(true);
    now = t0 + MAX_TOKEN_AGE_MS;
    expect(await spendFormToken(once, checkSubmission(secret, { token, honeypot: "" }, at(now)), now)).toBe(false);
  });

  it("re-issues a form with the same nonce (what the e2e specs use)", () => {
    const token = issueFormToken(secret, t0, "fixed-nonce");
    expect(formTokenNonce(token)).toBe("fixed-nonce");
    expect(verdict(token, t0 + 10_000)).toBe("ok");
  });
});
