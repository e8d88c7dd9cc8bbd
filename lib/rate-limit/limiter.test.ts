// The limiter over rate-limiter-flexible's memory backend (the clock is faked, not waited for), and its fallback to
// memory when Redis cannot be reached.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import Redis from "ioredis";
import { describeWait, hit, hitAll, memoryBackend, redisBackend } from "./limiter";

const rule = { name: "test", limit: 3, windowMs: 60_000 };

describe("limiter (memory)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-29T12:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("allows up to the limit, then refuses with the time to wait", async () => {
    const backend = memoryBackend();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hit(backend, rule, "1.2.3.4"));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]!.retryAfterS).toBe(60);
    vi.advanceTimersByTime(45_000);
    expect(await hit(backend, rule, "1.2.3.4")).toMatchObject({ allowed: false, retryAfterS: 15 });
  });

  it("starts a new window when the old one ends", async () => {
    const backend = memoryBackend();
    for (let i = 0; i < 3; i++) await hit(backend, rule, "k");
    vi.advanceTimersByTime(60_001);
    expect(await hit(backend, rule, "k")).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("keeps rules and keys apart", async () => {
    const backend = memoryBackend();
    for (let i = 0; i < 3; i++) await hit(backend, rule, "x");
    expect((await hit(backend, { ...rule, name: "other" }, "x")).allowed).toBe(true);
    expect((await hit(backend, rule, "y")).allowed).toBe(true);
  });

  it("refuses when any of several rules is exhausted", async () => {
    const backend = memoryBackend();
    const perIp = { name: "ip", limit: 5, windowMs: 60_000 };
    const perEmail = { name: "email", limit: 2, windowMs: 60_000 };
    const attempt = (email: string) =>
      hitAll(backend, [
        { rule: perIp, key: "9.9.9.9" },
        { rule: perEmail, key: email },
      ]);
    expect((await attempt("a@x.org")).allowed).toBe(true);
    expect((await attempt("a@x.org")).allowed).toBe(true);
    expect((await attempt("a@x.org")).allowed).toBe(false); // email limit
    expect((await attempt("b@x.org")).allowed).toBe(true);
    expect((await attempt("c@x.org")).allowed).toBe(true); // 5th from this IP
    const refused = await attempt("d@x.org"); // IP limit
    expect(refused.allowed).toBe(false);
    expect(refused.limit).toBe(5);
  });
});

describe("limiter (Redis unreachable)", () => {
  it("falls back to counting in memory", async () => {
    // Nothing listens on port 1, and without the offline queue every command fails at once.
    const redis = new Redis({
      port: 1,
      host: "127.0.0.1",
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
    });
    redis.on("error", () => {});
    try {
      const backend = redisBackend(redis, "rl-down:");
      const results = [];
      for (let i = 0; i < 4; i++) results.push((await hit(backend, { ...rule, name: "fallback" }, "k")).allowed);
      expect(results).toEqual([true, true, true, false]);
    } finally {
      redis.disconnect();
    }
  });
});

describe("describeWait", () => {
  it("describes waits in words", () => {
    expect(describeWait(30)).toBe("30 seconds");
    expect(describeWait(600)).toBe("10 minutes");
    expect(describeWait(3 * 3600)).toBe("3 hours");
  });
});
