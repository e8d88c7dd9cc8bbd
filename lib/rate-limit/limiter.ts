import type { RateLimitResult, RateLimitStore } from "./types";
import { MemoryStore } from "./memory-store";
import { log } from "../log";

export interface RateLimitRule {
  /** Namespaces the keys, e.g. "enquiry:ip". */
  name: string;
  limit: number;
  windowMs: number;
}

// If the shared store is unreachable, limiting per process is better than refusing every visitor or none.
const fallback = new MemoryStore();

export async function hit(store: RateLimitStore, rule: RateLimitRule, key: string): Promise<RateLimitResult> {
  const fullKey = `${rule.name}:${key}`;
  let window;
  try {
    window = await store.increment(fullKey, rule.windowMs);
  } catch (e) {
    log.error(`rate limit store (${store.kind}) failed; limiting in memory for now:`, e);
    window = await fallback.increment(fullKey, rule.windowMs);
  }
  const retryAfterS = Math.max(1, Math.ceil((window.resetAt - Date.now()) / 1000));
  return {
    allowed: window.count <= rule.limit,
    limit: rule.limit,
    remaining: Math.max(0, rule.limit - window.count),
    resetAt: window.resetAt,
    retryAfterS,
  };
}

/** Counts the hit against every rule (so each limit sees every attempt) and answers with the tightest one. */
export async function hitAll(
  store: RateLimitStore,
  checks: ReadonlyArray<{ rule: RateLimitRule; key: string }>,
): Promise<RateLimitResult> {
  const results = await Promise.all(checks.map((c) => hit(store, c.rule, c.key)));
  const refused = results.filter((r) => !r.allowed).sort((a, b) => b.retryAfterS - a.retryAfterS);
  return refused[0] ?? results.sort((a, b) => a.remaining - b.remaining)[0]!;
}

export function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? `${minutes} minutes` : `${Math.ceil(minutes / 60)} hours`;
}
