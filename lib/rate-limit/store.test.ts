// The process's rate-limit backend and once store: memory without REDIS_URL, Redis (one shared client) with it, each
// made once per process. The Redis half runs on this machine's Redis, db 9, when it answers.
import Redis from "ioredis";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";

const env = vi.hoisted(() => ({ REDIS_URL: undefined as string | undefined }));
vi.mock("../env", () => ({ env }));

const { getOnceStore, getRateLimitBackend } = await import("./store");
const { hit } = await import("./limiter");

type Globals = { __rateLimitBackend?: unknown; __onceStore?: unknown; __redis?: Redis };
const g = globalThis as unknown as Globals;
function forget() {
  g.__redis?.disconnect();
  delete g.__rateLimitBackend;
  delete g.__onceStore;
  delete g.__redis;
}
afterEach(forget);

const REDIS_URL = process.env.STORE_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/9";
const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000 });
const redisUp = await probe.connect().then(
  () => true,
  () => false,
);
afterAll(() => probe.disconnect());

describe("without REDIS_URL", () => {
  it("keeps limits and claims in memory, one instance per process", async () => {
    env.REDIS_URL = undefined;
    const backend = getRateLimitBackend();
    expect(backend.kind).toBe("memory");
    expect(getRateLimitBackend()).toBe(backend);
    const once = getOnceStore();
    expect(once.kind).toBe("memory");
    expect(getOnceStore()).toBe(once);
    expect(await once.claim("nonce-1", 60_000)).toBe(true);
    expect(await once.claim("nonce-1", 60_000)).toBe(false);
    // The same instance keeps counting across callers.
    const rule = { name: `store-test-mem-${process.pid}`, limit: 2, windowMs: 60_000 };
    await hit(getRateLimitBackend(), rule, "k");
    await hit(getRateLimitBackend(), rule, "k");
    expect((await hit(getRateLimitBackend(), rule, "k")).allowed).toBe(false);
  });
});

describe.skipIf(!redisUp)("with REDIS_URL", () => {
  const tag = `store-test:${process.pid}:${Math.random().toString(36).slice(2)}`;
  afterAll(async () => {
    const keys = [...(await probe.keys(`rl:${tag}*`)), ...(await probe.keys(`once:${tag}*`))];
    if (keys.length) await probe.del(...keys);
  });

  it("uses Redis for both, sharing one client, so another process sees the same counts and claims", async () => {
    env.REDIS_URL = REDIS_URL;
    const backend = getRateLimitBackend();
    const once = getOnceStore();
    expect(backend.kind).toBe("redis");
    expect(once.kind).toBe("redis");
    expect(g.__redis).toBeInstanceOf(Redis);

    expect(await once.claim(`${tag}:nonce`, 60_000)).toBe(true);
    // Another instance (a fresh client on the same Redis) sees the claim.
    expect(await probe.get(`once:${tag}:nonce`)).toBe("1");
    expect(await once.claim(`${tag}:nonce`, 60_000)).toBe(false);

    const rule = { name: tag, limit: 1, windowMs: 60_000 };
    expect((await hit(backend, rule, "k")).allowed).toBe(true);
    expect((await hit(backend, rule, "k")).allowed).toBe(false);
    expect(await probe.keys(`rl:${tag}*`)).toHaveLength(1);
  });
});
