// Runs against a real Redis when REDIS_URL is set (CI: redis://127.0.0.1:6379); skipped otherwise.
import { afterAll, describe, expect, it } from "vitest";
import Redis from "ioredis";
import { hit, redisBackend } from "./limiter";

const url = process.env.REDIS_URL;

describe.skipIf(!url)("redis backend", () => {
  const redis = new Redis(url ?? "redis://127.0.0.1:6379", { lazyConnect: true, maxRetriesPerRequest: 1 });
  const prefix = `rl-test:${process.pid}:${Date.now()}:`;
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it("counts a burst atomically and gives the key the window's expiry", async () => {
    const rule = { name: "burst", limit: 15, windowMs: 5000 };
    const backend = redisBackend(redis, prefix);
    const results = await Promise.all(Array.from({ length: 20 }, () => hit(backend, rule, "k")));
    expect(results.filter((r) => r.allowed)).toHaveLength(15);
    expect(
      results
        .map((r) => r.remaining)
        .sort((a, b) => a - b)
        .slice(-15),
    ).toEqual(Array.from({ length: 15 }, (_, i) => i));
    const keys = await redis.keys(`${prefix}burst*`);
    expect(keys).toHaveLength(1);
    const ttl = await redis.pttl(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5000);
  });

  it("shares one count between two clients (two app instances)", async () => {
    const other = new Redis(url!, { maxRetriesPerRequest: 1 });
    try {
      const a = redisBackend(redis, prefix);
      const b = redisBackend(other, prefix);
      const rule = { name: "shared", limit: 3, windowMs: 10_000 };
      const results = [
        await hit(a, rule, "ip"),
        await hit(b, rule, "ip"),
        await hit(a, rule, "ip"),
        await hit(b, rule, "ip"),
      ];
      expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    } finally {
      other.disconnect();
    }
  });

  it("starts a new window once Redis has expired the old one", async () => {
    const backend = redisBackend(redis, prefix);
    const rule = { name: "short", limit: 1, windowMs: 1000 };
    expect((await hit(backend, rule, "k")).allowed).toBe(true);
    expect((await hit(backend, rule, "k")).allowed).toBe(false);
    // Waits for the key to be gone (Redis's own expiry), not for a guessed time.
    const [key] = await redis.keys(`${prefix}short*`);
    while ((await redis.exists(key!)) === 1) await new Promise((r) => setTimeout(r, 100));
    expect((await hit(backend, rule, "k")).allowed).toBe(true);
  });
});
