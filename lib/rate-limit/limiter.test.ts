import { describe, expect, it } from "vitest";
import { MemoryStore } from "./memory-store";
import { describeWait, hit, hitAll } from "./limiter";
import type { RateLimitStore } from "./types";

const rule = { name: "test", limit: 3, windowMs: 60_000 };

describe("memory store", () => {
  it("counts per key within a window and starts again after it", async () => {
    let now = 1_000_000;
    const store = new MemoryStore(() => now);
    expect(await store.increment("a", 1000)).toEqual({ count: 1, resetAt: now + 1000 });
    expect((await store.increment("a", 1000)).count).toBe(2);
    expect((await store.increment("b", 1000)).count).toBe(1);
    now += 1000;
    expect((await store.increment("a", 1000)).count).toBe(1);
  });

  it("forgets expired windows so memory stays bounded", async () => {
    let now = 0;
    const store = new MemoryStore(() => now, 10);
    for (let i = 0; i < 100; i++) await store.increment(`k${i}`, 5);
    expect(store.size).toBe(100);
    now = 100;
    await store.increment("fresh", 5);
    expect(store.size).toBe(1);
  });
});

describe("limiter", () => {
  it("allows up to the limit, then refuses with the time to wait", async () => {
    const store = new MemoryStore();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hit(store, rule, "1.2.3.4"));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]!.retryAfterS).toBeGreaterThan(0);
    expect(results[3]!.retryAfterS).toBeLessThanOrEqual(60);
  });

  it("keeps rules apart by name", async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 3; i++) await hit(store, rule, "x");
    expect((await hit(store, { ...rule, name: "other" }, "x")).allowed).toBe(true);
  });

  it("refuses when any of several rules is exhausted", async () => {
    const store = new MemoryStore();
    const perIp = { name: "ip", limit: 5, windowMs: 60_000 };
    const perEmail = { name: "email", limit: 2, windowMs: 60_000 };
    const attempt = (email: string) => hitAll(store, [{ rule: perIp, key: "9.9.9.9" }, { rule: perEmail, key: email }]);
    expect((await attempt("a@x.org")).allowed).toBe(true);
    expect((await attempt("a@x.org")).allowed).toBe(true);
    expect((await attempt("a@x.org")).allowed).toBe(false); // email limit
    expect((await attempt("b@x.org")).allowed).toBe(true);
    expect((await attempt("c@x.org")).allowed).toBe(true); // 5th from this IP
    const refused = await attempt("d@x.org"); // IP limit
    expect(refused.allowed).toBe(false);
    expect(refused.limit).toBe(5);
  });

  it("falls back to memory when the shared store fails", async () => {
    const broken: RateLimitStore = { kind: "redis", increment: () => Promise.reject(new Error("down")) };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void errors.push(a);
    try {
      const results = [];
      for (let i = 0; i < 4; i++) results.push((await hit(broken, { ...rule, name: "fallback" }, "k")).allowed);
      expect(results).toEqual([true, true, true, false]);
      expect(errors.length).toBe(4);
    } finally {
      console.error = original;
    }
  });

  it("describes waits in words", () => {
    expect(describeWait(30)).toBe("30 seconds");
    expect(describeWait(600)).toBe("10 minutes");
    expect(describeWait(3 * 3600)).toBe("3 hours");
  });
});
