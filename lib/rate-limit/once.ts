// "Only once": claims on a key (a form token's nonce) that succeed for the first caller and fail for every later one
// until the key expires. Memory for one process, Redis (SET NX) when several instances must agree.
// Hand-written on purpose: it is one SET NX (or a Map), and each claim has its own lifetime, which
// rate-limiter-flexible (one fixed duration per limiter) does not model.
import type Redis from "ioredis";
import { log } from "../log";

export interface OnceStore {
  readonly kind: "memory" | "redis";
  /** True for the first claim of `key` within `ttlMs`, false if it was claimed before. Atomic. */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

export class MemoryOnceStore implements OnceStore {
  readonly kind = "memory";
  private readonly claimed = new Map<string, number>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    if (now - this.lastSweep > 60_000) {
      this.lastSweep = now;
      for (const [k, until] of this.claimed) if (until <= now) this.claimed.delete(k);
    }
    const until = this.claimed.get(key);
    if (until !== undefined && until > now) return false;
    this.claimed.set(key, now + Math.max(1, ttlMs));
    return true;
  }
}

export class RedisOnceStore implements OnceStore {
  readonly kind = "redis";
  // While Redis is unreachable, once per process is better than refusing every form or accepting every replay.
  private readonly fallback = new MemoryOnceStore();

  constructor(
    private readonly redis: Redis,
    private readonly prefix = "once:",
  ) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    try {
      return (await this.redis.set(this.prefix + key, "1", "PX", Math.max(1, Math.ceil(ttlMs)), "NX")) === "OK";
    } catch (e) {
      log.error("once store (redis) failed; remembering in memory for now:", e);
      return this.fallback.claim(key, ttlMs);
    }
  }
}
