// A fixed-window counter: the store counts hits per key and forgets the key when its window ends. Two stores share
// this contract: memory (one process, the embedded default) and Redis (every app instance sees the same counts).
export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** When the window ends (ms since the epoch). */
  resetAt: number;
}

export interface RateLimitStore {
  readonly kind: "memory" | "redis";
  increment(key: string, windowMs: number): Promise<WindowCount>;
}

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetAt: number;
  /** Whole seconds until the window ends (for Retry-After and the message). */
  retryAfterS: number;
}
