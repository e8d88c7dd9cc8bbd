// The process's rate-limit backend and "only once" store: Redis when REDIS_URL is set (shared by every instance), memory
// otherwise.
import "server-only";
import Redis from "ioredis";
import { env } from "../env";
import { memoryBackend, redisBackend, type RateLimitBackend } from "./limiter";
import { MemoryOnceStore, RedisOnceStore, type OnceStore } from "./once";
import { log } from "../log";

const globalForStore = globalThis as unknown as {
  __rateLimitBackend?: RateLimitBackend;
  __onceStore?: OnceStore;
  __redis?: Redis;
};

function redis(url: string): Redis {
  if (!globalForStore.__redis) {
    // Bounded waits: while Redis is down a request waits at most ~2 s, then the callers fall back to memory.
    const client = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2000, connectTimeout: 2000 });
    client.on("error", (e) => log.error("redis (rate limits):", e.message));
    globalForStore.__redis = client;
  }
  return globalForStore.__redis;
}

export function getRateLimitBackend(): RateLimitBackend {
  return (globalForStore.__rateLimitBackend ??= env.REDIS_URL ? redisBackend(redis(env.REDIS_URL)) : memoryBackend());
}

export function getOnceStore(): OnceStore {
  return (globalForStore.__onceStore ??= env.REDIS_URL
    ? new RedisOnceStore(redis(env.REDIS_URL))
    : new MemoryOnceStore());
}
