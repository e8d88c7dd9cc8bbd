import type Redis from "ioredis";
import type { RateLimitStore, WindowCount } from "./types";

// INCR and the expiry in one atomic script: two instances hitting a new key at once cannot both miss setting the
// TTL, and a key never lives without one.
const INCREMENT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

/** Counters shared by every app instance that points at the same Redis. */
export class RedisStore implements RateLimitStore {
  readonly kind = "redis";

  constructor(
    private readonly redis: Redis,
    private readonly prefix = "rl:",
  ) {}

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    const reply = (await this.redis.eval(INCREMENT, 1, this.prefix + key, String(windowMs))) as [number, number];
    const [count, ttl] = reply;
    return { count: Number(count), resetAt: Date.now() + Number(ttl) };
  }
}
