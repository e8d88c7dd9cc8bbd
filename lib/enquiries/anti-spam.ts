// Spam checks that need no third-party service. The form carries a signed timestamp (so a bot cannot claim it
// waited) and a honeypot field that people never see; both are checked before anything is stored. The clock and the
// thresholds are parameters: the app binds them from its configuration, tests choose them.
import crypto from "node:crypto";

export const HONEYPOT_FIELD = "website";
export const TOKEN_FIELD = "formToken";
/** People take longer than this to fill in ten fields; scripts post at once (the default of ENQUIRY_MIN_FILL_MS). */
export const DEFAULT_MIN_FILL_MS = 3_000;
/** A page left open over a weekend still works. */
export const MAX_TOKEN_AGE_MS = 3 * 24 * 60 * 60 * 1000;

export type SpamVerdict = "ok" | "honeypot" | "too-fast" | "bad-token" | "expired";

export interface SpamCheckOptions {
  /** The time of the submission (ms since the epoch). */
  now: number;
  /** Submissions sooner than this after the form was served are refused as too fast. */
  minFillMs: number;
  maxAgeMs?: number;
}

const sign = (secret: string, issuedAt: number) =>
  crypto.createHmac("sha256", secret).update(`enquiry-form:${issuedAt}`).digest("base64url");

/** The token the form carries: when it was served, signed. */
export function issueFormToken(secret: string, now: number): string {
  return `${now}.${sign(secret, now)}`;
}

export function checkSubmission(
  secret: string,
  fields: { token: unknown; honeypot: unknown },
  { now, minFillMs, maxAgeMs = MAX_TOKEN_AGE_MS }: SpamCheckOptions,
): SpamVerdict {
  if (typeof fields.honeypot === "string" && fields.honeypot.trim() !== "") return "honeypot";
  if (typeof fields.token !== "string") return "bad-token";
  const [ts, mac] = fields.token.split(".");
  const issuedAt = Number(ts);
  if (!ts || !mac || !Number.isSafeInteger(issuedAt)) return "bad-token";
  const expected = Buffer.from(sign(secret, issuedAt));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return "bad-token";
  if (now - issuedAt < minFillMs) return "too-fast";
  if (now - issuedAt > maxAgeMs) return "expired";
  return "ok";
}

export const spamMessages: Record<Exclude<SpamVerdict, "ok">, string> = {
  honeypot: "Your enquiry could not be sent. If you are a person, please write to us by email instead.",
  "too-fast": "That was quicker than a person can fill in the form. Please check your answers and send it again.",
  "bad-token": "The form has expired or was changed. Please reload the page and send it again.",
  expired: "The form has expired. Please reload the page and send it again.",
};
