// The process's rate-limit store: Redis when REDIS_URL is set (limits shared by every instance), memory otherwise.
import "server-only";
import Redis from "ioredis";
import { env } from "../env";
import { MemoryStore } from "./memory-store";
import { RedisStore } from "./redis-store";
import type { RateLimitStore } from "./types";

const globalForStore = globalThis as unknown as { __rateLimitStore?: RateLimitStore };

function createStore(): RateLimitStore {
  if (!env.REDIS_URL) return new MemoryStore();
  // Bounded waits: while Redis is down a request waits at most ~2 s, then the limiter falls back to memory.
  const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1, commandTimeout: 2000, connectTimeout: 2000 });
  redis.on("error", (e) => console.error("redis (rate limits):", e.message));
  return new RedisStore(redis);
}

export function getRateLimitStore(): RateLimitStore {
  return (globalForStore.__rateLimitStore ??= createStore());
}
