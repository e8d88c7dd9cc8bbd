// Spam checks that need no third-party service. The form carries a signed token - when it was served and a random
// nonce - so a bot cannot claim it waited, and it works once and for a few hours only; a honeypot field that people
// never see catches the rest. All is checked before anything is stored. The clock, the thresholds and the store that
// remembers spent nonces are parameters: the app binds them from its configuration, tests choose them.
import crypto from "node:crypto";
import type { OnceStore } from "../rate-limit/once";

export const HONEYPOT_FIELD = "website";
export const TOKEN_FIELD = "formToken";
/** People take longer than this to fill in ten fields; scripts post at once (the default of ENQUIRY_MIN_FILL_MS). */
export const DEFAULT_MIN_FILL_MS = 3_000;
/** Long enough to fill the form over a lunch break; a stolen token is soon worthless. */
export const MAX_TOKEN_AGE_MS = 2 * 60 * 60 * 1000;

export type SpamVerdict = "ok" | "honeypot" | "too-fast" | "bad-token" | "expired" | "replayed";

export interface TokenCheck {
  verdict: Exclude<SpamVerdict, "replayed">;
  /** For an "ok" token: its nonce and when it expires, to spend it (spendFormToken). */
  nonce?: string;
  expiresAt?: number;
}

export interface SpamCheckOptions {
  /** The time of the submission (ms since the epoch). */
  now: number;
  /** Submissions sooner than this after the form was served are refused as too fast. */
  minFillMs: number;
  maxAgeMs?: number;
}

const sign = (secret: string, issuedAt: number, nonce: string) =>
  crypto.createHmac("sha256", secret).update(`enquiry-form:${issuedAt}:${nonce}`).digest("base64url");

export const newNonce = () => crypto.randomBytes(16).toString("base64url");

/** The token the form carries: when it was served and a nonce, signed. */
export function issueFormToken(secret: string, now: number, nonce: string = newNonce()): string {
  return `${now}.${nonce}.${sign(secret, now, nonce)}`;
}

/** The nonce of a well-formed token (unverified), e.g. for a test that re-issues the same form at another time. */
export const formTokenNonce = (token: string): string | undefined => token.split(".")[1];

export function checkSubmission(
  secret: string,
  fields: { token: unknown; honeypot: unknown },
  { now, minFillMs, maxAgeMs = MAX_TOKEN_AGE_MS }: SpamCheckOptions,
): TokenCheck {
  if (typeof fields.honeypot === "string" && fields.honeypot.trim() !== "") return { verdict: "honeypot" };
  if (typeof fields.token !== "string" || fields.token.length > 200) return { verdict: "bad-token" };
  const [ts, nonce, mac, ...rest] = fields.token.split(".");
  const issuedAt = Number(ts);
  if (!ts || !nonce || !mac || rest.length || !/^\d+$/.test(ts) || !Number.isSafeInteger(issuedAt))
    return { verdict: "bad-token" };
  const expected = Buffer.from(sign(secret, issuedAt, nonce));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { verdict: "bad-token" };
  // A "too fast" refusal leaves the nonce unspent: the person can send the same form again a moment later.
  if (now - issuedAt < minFillMs) return { verdict: "too-fast" };
  if (now - issuedAt > maxAgeMs) return { verdict: "expired" };
  return { verdict: "ok", nonce, expiresAt: issuedAt + maxAgeMs };
}

/**
 * Spends an accepted token: true the first time, false for a replay. Called last, just before the enquiry is stored,
 * so a refusal for any other reason leaves the form usable.
 */
export async function spendFormToken(once: OnceStore, check: TokenCheck, now: number): Promise<boolean> {
  if (check.verdict !== "ok" || !check.nonce || check.expiresAt === undefined) return false;
  // Remembered until the token would have expired anyway (plus a minute for clocks that differ between instances).
  return once.claim(`enquiry-form:${check.nonce}`, check.expiresAt - now + 60_000);
}

export const spamMessages: Record<Exclude<SpamVerdict, "ok">, string> = {
  honeypot: "Your enquiry could not be sent. If you are a person, please write to us by email instead.",
  "too-fast": "That was quicker than a person can fill in the form. Please check your answers and send it again.",
  "bad-token": "The form has expired or was changed. Please reload the page and send it again.",
  expired: "The form has expired. Please reload the page and send it again.",
  replayed: "This form has already been sent. To send another enquiry, please reload the page.",
};
