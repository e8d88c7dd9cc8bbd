// Fixed-window limits counted by rate-limiter-flexible: in process memory (the embedded default) or in Redis, shared
// by every app instance. With Redis, each limiter is insured by an in-memory one: while Redis is unreachable, limiting
// per process is better than refusing every visitor or none.
import type Redis from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RateLimitResult } from "./types";

export interface RateLimitRule {
  /** Namespaces the keys, e.g. "enquiry:ip". */
  name: string;
  limit: number;
  windowMs: number;
}

/** Where the counts live: one limiter per rule, made on first use. */
export interface RateLimitBackend {
  readonly kind: "memory" | "redis";
  limiterFor(rule: RateLimitRule): RateLimiterAbstract;
}

function cachedPerRule(
  kind: RateLimitBackend["kind"],
  make: (rule: RateLimitRule) => RateLimiterAbstract,
): RateLimitBackend {
  const limiters = new Map<string, RateLimiterAbstract>();
  return {
    kind,
    limiterFor(rule) {
      const id = `${rule.name}|${rule.limit}|${rule.windowMs}`;
      let l = limiters.get(id);
      if (!l) limiters.set(id, (l = make(rule)));
      return l;
    },
  };
}

const memoryLimiter = (rule: RateLimitRule) =>
  new RateLimiterMemory({ keyPrefix: rule.name, points: rule.limit, duration: rule.windowMs / 1000 });

export const memoryBackend = (): RateLimitBackend => cachedPerRule("memory", memoryLimiter);

/** Redis keys are `<prefix><rule name>:<key>`; Redis windows are whole seconds (its EX), at least one. */
export const redisBackend = (redis: Redis, prefix = "rl:"): RateLimitBackend =>
  cachedPerRule(
    "redis",
    (rule) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${prefix}${rule.name}`,
        points: rule.limit,
        duration: Math.max(1, Math.ceil(rule.windowMs / 1000)),
        insuranceLimiter: memoryLimiter(rule),
      }),
  );

export async function hit(backend: RateLimitBackend, rule: RateLimitRule, key: string): Promise<RateLimitResult> {
  let res: RateLimiterRes;
  let allowed = true;
  try {
    res = await backend.limiterFor(rule).consume(key);
  } catch (e) {
    // The library answers a refusal by rejecting with the counts; anything else is a real failure.
    if (!(e instanceof RateLimiterRes)) throw e;
    res = e;
    allowed = false;
  }
  return {
    allowed,
    limit: rule.limit,
    remaining: Math.max(0, res.remainingPoints),
    resetAt: Date.now() + res.msBeforeNext,
    retryAfterS: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}

/** Counts the hit against every rule (so each limit sees every attempt) and answers with the tightest one. */
export async function hitAll(
  backend: RateLimitBackend,
  checks: ReadonlyArray<{ rule: RateLimitRule; key: string }>,
): Promise<RateLimitResult> {
  const results = await Promise.all(checks.map((c) => hit(backend, c.rule, c.key)));
  const refused = results.filter((r) => !r.allowed).sort((a, b) => b.retryAfterS - a.retryAfterS);
  return refused[0] ?? results.sort((a, b) => a.remaining - b.remaining)[0]!;
}

export function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? `${minutes} minutes` : `${Math.ceil(minutes / 60)} hours`;
}
