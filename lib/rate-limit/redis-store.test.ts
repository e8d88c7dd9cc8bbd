// Runs against a real Redis when REDIS_URL is set (CI: redis://127.0.0.1:6379); skipped otherwise.
import { afterAll, describe, expect, it } from "vitest";
import Redis from "ioredis";
import { RedisStore } from "./redis-store";
import { hit } from "./limiter";

const url = process.env.REDIS_URL;

describe.skipIf(!url)("redis store", () => {
  const redis = new Redis(url ?? "redis://127.0.0.1:6379", { lazyConnect: true, maxRetriesPerRequest: 1 });
  const prefix = `rl-test:${process.pid}:${Date.now()}:`;
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it("counts atomically and sets the window's expiry once", async () => {
    const store = new RedisStore(redis, prefix);
    const counts = await Promise.all(Array.from({ length: 20 }, () => store.increment("burst", 5000)));
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const ttl = await redis.pttl(`${prefix}burst`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5000);
  });

  it("shares one count between two clients (two app instances)", async () => {
    const other = new Redis(url!, { maxRetriesPerRequest: 1 });
    try {
      const a = new RedisStore(redis, prefix);
      const b = new RedisStore(other, prefix);
      const rule = { name: "shared", limit: 3, windowMs: 10_000 };
      const results = [await hit(a, rule, "ip"), await hit(b, rule, "ip"), await hit(a, rule, "ip"), await hit(b, rule, "ip")];
      expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    } finally {
      other.disconnect();
    }
  });

  it("starts a new window when the old one expires", async () => {
    const store = new RedisStore(redis, prefix);
    expect((await store.increment("short", 50)).count).toBe(1);
    expect((await store.increment("short", 50)).count).toBe(2);
    await new Promise((r) => setTimeout(r, 80));
    expect((await store.increment("short", 50)).count).toBe(1);
  });
});
