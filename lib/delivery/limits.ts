// Per-licence and per-token (or per-user, for a browser session) caps on downloads: a rate (requests per minute) and a
// concurrency cap (downloads in flight). Both are rate-limiter-flexible limiters - Redis-backed when the app has
// Redis, so every instance shares them, in memory otherwise. A concurrency slot is a point consumed when a download
// starts and given back (reward) when its response ends or closes; slots also lapse after `holdSeconds`, so a crashed
// instance cannot keep a licence's slots forever.
import type Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface LimitSettings {
  perLicenceConcurrent: number;
  perTokenConcurrent: number;
  perLicencePerMinute: number;
  perTokenPerMinute: number;
  /** Longest a concurrency slot is held without being released (a safety net for crashed processes). */
  holdSeconds?: number;
  /** Retry-After for a full concurrency cap (a slot frees when some download ends; there is no exact time). */
  busyRetrySeconds?: number;
}

export type Acquired =
  { ok: true; release: () => Promise<void> } | { ok: false; retryAfterSeconds: number; reason: string };

export interface DeliveryLimits {
  /** Counts one request against the rates and takes one slot per key; release once when the response is over. */
  acquire(keys: { licence: string; caller: string }): Promise<Acquired>;
}

export function createDeliveryLimits(
  s: LimitSettings,
  store: { redis?: Redis; keyPrefix?: string } = {},
): DeliveryLimits {
  const prefix = store.keyPrefix ?? "dl";
  // With Redis, a memory limiter stands in while Redis cannot answer (each instance then counts alone) rather than
  // failing downloads.
  const make = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix: `${prefix}:${name}`, points, duration });
    return store.redis
      ? new RateLimiterRedis({
          storeClient: store.redis,
          keyPrefix: `${prefix}:${name}`,
          points,
          duration,
          insuranceLimiter: memory,
        })
      : memory;
  };
  const hold = s.holdSeconds ?? 6 * 3600;
  const busy = s.busyRetrySeconds ?? 10;
  const rate = {
    licence: make("rate-licence", s.perLicencePerMinute, 60),
    caller: make("rate-caller", s.perTokenPerMinute, 60),
  };
  const slots = {
    licence: make("slots-licence", s.perLicenceConcurrent, hold),
    caller: make("slots-caller", s.perTokenConcurrent, hold),
  };

  const refused = (e: unknown, reason: string, retry?: number): Acquired => {
    if (e instanceof RateLimiterRes)
      return { ok: false, retryAfterSeconds: retry ?? Math.max(1, Math.ceil(e.msBeforeNext / 1000)), reason };
    throw e;
  };

  return {
    async acquire(keys) {
      try {
        await rate.caller.consume(keys.caller);
      } catch (e) {
        return refused(e, "too many requests for this token");
      }
      try {
        await rate.licence.consume(keys.licence);
      } catch (e) {
        return refused(e, "too many requests for this licence");
      }
      // A refused consume still counts its point: a slot refusal gives it back, or the cap would shrink each time.
      try {
        await slots.caller.consume(keys.caller);
      } catch (e) {
        if (e instanceof RateLimiterRes) await slots.caller.reward(keys.caller);
        return refused(e, "too many downloads at once for this token", busy);
      }
      try {
        await slots.licence.consume(keys.licence);
      } catch (e) {
        if (e instanceof RateLimiterRes)
          await Promise.all([slots.licence.reward(keys.licence), slots.caller.reward(keys.caller)]);
        return refused(e, "too many downloads at once for this licence", busy);
      }
      let released = false;
      return {
        ok: true,
        // Resolves when the slot is back; callers on the response path do not wait for it.
        release: async () => {
          if (released) return;
          released = true;
          await Promise.all([slots.caller.reward(keys.caller), slots.licence.reward(keys.licence)]).then(
            () => undefined,
            (err: unknown) =>
              console.error(
                `download limits: could not release a slot: ${err instanceof Error ? err.message : String(err)}`,
              ),
          );
        },
      };
    },
  };
}
