// What lib/ functions take from the outside. Only app/, pages/ and scripts/ bind the real ones (app/_bind/deps.ts);
// tests pass a scratch database, a recording mail sender, a limiter and a fixed clock.
import type { Db } from "./db/create-client";
import type { OutgoingMail } from "./email/types";
import type { RateLimitRule } from "./rate-limit/limiter";
import type { RateLimitResult } from "./rate-limit/types";

/** Sends (or queues) one mail; what it answers is the transport's business. */
export type SendMail = (mail: OutgoingMail) => Promise<unknown>;
/** Counts one attempt against every rule and answers with the tightest. */
export type Limiter = (checks: ReadonlyArray<{ rule: RateLimitRule; key: string }>) => Promise<RateLimitResult>;
export type Clock = () => Date;

export interface Deps {
  db: Db;
  send: SendMail;
  limit: Limiter;
  now: Clock;
}
