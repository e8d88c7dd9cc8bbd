// Stored session tokens are the SHA-256 hex of the cookie value: fixed, deterministic, and not the token itself.
import { describe, expect, it } from "vitest";
import { hashSessionToken } from "./session-token";

describe("hashSessionToken", () => {
  it("is the SHA-256 hex digest of the token", () => {
    // Known answer: sha256("abc").
    expect(hashSessionToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("is deterministic, 64 hex characters, and differs for different tokens", () => {
    const t = "f".repeat(64);
    expect(hashSessionToken(t)).toBe(hashSessionToken(t));
    expect(hashSessionToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(t)).not.toBe(t);
    expect(hashSessionToken(t)).not.toBe(hashSessionToken(t + "0"));
  });
});
