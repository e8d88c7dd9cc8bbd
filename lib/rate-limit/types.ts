export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the window ends (ms since the epoch). */
  resetAt: number;
  /** Whole seconds until the window ends (for Retry-After and the message). */
  retryAfterS: number;
}
