import "server-only";
import { getRateLimitBackend } from "./store";
import { hitAll, type RateLimitRule } from "./limiter";

export { describeWait, type RateLimitRule } from "./limiter";
export * as policies from "./policies";
export type { RateLimitResult } from "./types";

export function rateLimit(checks: ReadonlyArray<{ rule: RateLimitRule; key: string }>) {
  return hitAll(getRateLimitBackend(), checks);
}
