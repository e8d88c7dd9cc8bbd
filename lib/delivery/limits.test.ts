// The download caps on their own: rates refill with time (the limiter's clock is faked, no waiting), slots are held
// until released, a release counts once, and a refusal by the licence's cap gives the token's slot back.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDeliveryLimits } from "./limits";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
  vi.setSystemTime(new Date("2026-06-01T00:00:00Z"));
});
afterEach(() => vi.useRealTimers());

const settings = { perLicenceConcurrent: 3, perTokenConcurrent: 2, perLicencePerMinute: 1000, perTokenPerMinute: 1000 };

describe("download caps", () => {
  it("per-token rate: the request over the limit is refused with the seconds left, and allowed after them", async () => {
    const l = createDeliveryLimits({ ...settings, perTokenPerMinute: 3 });
    for (let i = 0; i < 3; i++) {
      const a = await l.acquire({ licence: "L", caller: "t1" });
      expect(a.ok).toBe(true);
      if (a.ok) await a.release();
    }
    vi.advanceTimersByTime(20_000);
    const over = await l.acquire({ licence: "L", caller: "t1" });
    expect(over).toEqual({ ok: false, retryAfterSeconds: 40, reason: "too many requests for this token" });
    expect((await l.acquire({ licence: "L", caller: "t2" })).ok).toBe(true);
    vi.advanceTimersByTime(40_001);
    expect((await l.acquire({ licence: "L", caller: "t1" })).ok).toBe(true);
  });

  it("per-licence rate counts every token of the licence", async () => {
    const l = createDeliveryLimits({
      ...settings,
      perLicencePerMinute: 2,
      perTokenConcurrent: 10,
      perLicenceConcurrent: 10,
    });
    expect((await l.acquire({ licence: "L", caller: "a" })).ok).toBe(true);
    expect((await l.acquire({ licence: "L", caller: "b" })).ok).toBe(true);
    expect(await l.acquire({ licence: "L", caller: "c" })).toMatchObject({
      ok: false,
      reason: "too many requests for this licence",
    });
    expect((await l.acquire({ licence: "M", caller: "c" })).ok).toBe(true);
  });

  it("concurrency: slots are held until released; a double release frees one slot only", async () => {
    const l = createDeliveryLimits(settings);
    const a = await l.acquire({ licence: "L", caller: "t" });
    const b = await l.acquire({ licence: "L", caller: "t" });
    expect(a.ok && b.ok).toBe(true);
    expect(await l.acquire({ licence: "L", caller: "t" })).toEqual({
      ok: false,
      retryAfterSeconds: 10,
      reason: "too many downloads at once for this token",
    });
    if (a.ok) {
      await a.release();
      await a.release();
    }
    const c = await l.acquire({ licence: "L", caller: "t" });
    expect(c.ok).toBe(true);
    expect((await l.acquire({ licence: "L", caller: "t" })).ok).toBe(false);
  });

  it("a full licence refuses another token and gives that token's slot back", async () => {
    const l = createDeliveryLimits({ ...settings, perLicenceConcurrent: 1, perTokenConcurrent: 1 });
    expect((await l.acquire({ licence: "L", caller: "a" })).ok).toBe(true);
    expect(await l.acquire({ licence: "L", caller: "b" })).toMatchObject({
      ok: false,
      reason: "too many downloads at once for this licence",
    });
    await vi.advanceTimersByTimeAsync(0);
    // b's token slot was returned: on another licence b is not blocked by its own cap.
    expect((await l.acquire({ licence: "M", caller: "b" })).ok).toBe(true);
  });
});

describe("download caps when Redis cannot answer", () => {
  it("the in-memory stand-in keeps serving and still counts slots", async () => {
    vi.useRealTimers();
    // Nothing listens on port 1: every Redis command fails at once (no offline queue, no retries).
    const { default: Redis } = await import("ioredis");
    const dead = new Redis("redis://127.0.0.1:1", {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    dead.on("error", () => undefined);
    try {
      const l = createDeliveryLimits({ ...settings, perLicenceConcurrent: 2 }, { redis: dead, keyPrefix: "dead" });
      const a = await l.acquire({ licence: "L", caller: "t1" });
      const b = await l.acquire({ licence: "L", caller: "t2" });
      expect(a.ok && b.ok).toBe(true);
      expect(await l.acquire({ licence: "L", caller: "t3" })).toMatchObject({
        ok: false,
        reason: "too many downloads at once for this licence",
      });
      if (a.ok) await a.release();
      expect((await l.acquire({ licence: "L", caller: "t3" })).ok).toBe(true);
    } finally {
      dead.disconnect();
    }
  });
});
