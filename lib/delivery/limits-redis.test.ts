// The caps shared through Redis (REDIS_URL): two limiter instances - two app processes - share one licence's slots
// and one token's rate. Skipped without Redis.
import Redis from "ioredis";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createDeliveryLimits } from "./limits";

const url = process.env.REDIS_URL;
const redis = url ? new Redis(url, { maxRetriesPerRequest: 1 }) : null;
afterAll(() => redis?.disconnect());

describe.skipIf(!redis)("download caps in Redis", () => {
  it("two instances share the licence's concurrency cap and the token's rate", async () => {
    const keyPrefix = `test-dl-${randomBytes(4).toString("hex")}`;
    const s = { perLicenceConcurrent: 2, perTokenConcurrent: 5, perLicencePerMinute: 100, perTokenPerMinute: 3 };
    const one = createDeliveryLimits(s, { redis: redis!, keyPrefix });
    const two = createDeliveryLimits(s, { redis: redis!, keyPrefix });
    const a = await one.acquire({ licence: "L", caller: "t1" });
    const b = await two.acquire({ licence: "L", caller: "t2" });
    expect(a.ok && b.ok).toBe(true);
    expect(await one.acquire({ licence: "L", caller: "t3" })).toMatchObject({
      ok: false,
      reason: "too many downloads at once for this licence",
    });
    if (a.ok) await a.release();
    expect((await two.acquire({ licence: "L", caller: "t3" })).ok).toBe(true);
    // t1 has used 1 of its 3 requests a minute on instance one; two more anywhere, then refused.
    await one.acquire({ licence: "M", caller: "t1" });
    await two.acquire({ licence: "N", caller: "t1" });
    expect(await two.acquire({ licence: "O", caller: "t1" })).toMatchObject({
      ok: false,
      reason: "too many requests for this token",
    });
  });
});
