import { afterAll, describe, expect, it } from "vitest";
import Redis from "ioredis";
import { MemoryOnceStore, RedisOnceStore } from "./once";

describe("memory once-store", () => {
  it("lets the first claim through and refuses the rest until the key expires", async () => {
    let now = 1_000;
    const store = new MemoryOnceStore(() => now);
    expect(await store.claim("n1", 500)).toBe(true);
    expect(await store.claim("n1", 500)).toBe(false);
    expect(await store.claim("n2", 500)).toBe(true);
    now += 500;
    expect(await store.claim("n1", 500)).toBe(true);
  });

  it("grants one of many simultaneous claims", async () => {
    const store = new MemoryOnceStore();
    const results = await Promise.all(Array.from({ length: 20 }, () => store.claim("same", 10_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});

const url = process.env.REDIS_URL;

describe.skipIf(!url)("redis once-store", () => {
  const redis = new Redis(url ?? "redis://127.0.0.1:6379", { lazyConnect: true, maxRetriesPerRequest: 1 });
  const other = new Redis(url ?? "redis://127.0.0.1:6379", { lazyConnect: true, maxRetriesPerRequest: 1 });
  const prefix = `once-test:${process.pid}:${Date.now()}:`;
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    other.disconnect();
  });

  it("grants one claim across two clients (two app instances) and expires it", async () => {
    const a = new RedisOnceStore(redis, prefix);
    const b = new RedisOnceStore(other, prefix);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claim("nonce", 5_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const ttl = await redis.pttl(`${prefix}nonce`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5_000);
  });
});
