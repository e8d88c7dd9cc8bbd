// Magic-link sign-in mail. Every way of asking for a link ends in requestSignInLink - the sign-in page's server action
// and next-auth's own /api/auth/signin/email (lib/auth/auth-endpoints.ts) - so the email rule, the rate limits and the
// disabled-account rule cannot be bypassed. One live link per address: a new one replaces the older ones, and a
// request that is refused or goes to a disabled account stores nothing.
import "server-only";
import crypto from "node:crypto";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors/app-error";
import { sendMail } from "../email";
import { signInMail } from "../email/templates/sign-in";
import { describeWait, policies, rateLimit } from "../rate-limit";
import { ipRateKey } from "../rate-limit/client-ip";
import { getAuthSecret } from "./secret";

/** One hour: long enough for slow mail, short enough that an old inbox does not hold live links. */
export const MAGIC_LINK_MAX_AGE_S = 60 * 60;

/**
 * The link in the mail opens a confirmation page rather than signing in directly: mail scanners that fetch every
 * link would otherwise use up the one-time token before the person clicks, and only the confirmation page's
 * same-origin POST can create a session (login CSRF).
 */
export function confirmationUrl(params: { callbackUrl: string; token: string; email: string }): string {
  return `${env.APP_URL}/sign-in/verify?${new URLSearchParams(params)}`;
}

/** next-auth's token hash (sha256 of token + secret): the callback route looks the token up by it. */
export function hashVerificationToken(token: string): string {
  return crypto.createHash("sha256").update(`${token}${getAuthSecret()}`).digest("hex");
}

/**
 * Sends a sign-in link to `email` (already validated and lower-cased) for a request from `ip`. Limits count per
 * requester - per address, and per address and target - so nobody can use up someone else's links and lock them out.
 * A disabled account gets the same answer as anyone and nothing is stored or sent.
 */
export async function requestSignInLink(email: string, callbackPath: string, ip: string): Promise<void> {
  const requester = ipRateKey(ip);
  const limit = await rateLimit([
    { rule: policies.signInPerIp, key: requester },
    { rule: policies.signInPerEmailAndIp, key: `${email}|${requester}` },
  ]);
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", `Too many sign-in links requested. Please try again in ${describeWait(limit.retryAfterS)}.`, {
      retryAfter: limit.retryAfterS,
    });
  }
  const user = await db.user.findUnique({ where: { email }, select: { disabled: true } });
  if (user?.disabled) return;

  const token = crypto.randomBytes(32).toString("hex");
  const hashed = hashVerificationToken(token);
  const now = new Date();
  const expires = new Date(now.getTime() + MAGIC_LINK_MAX_AGE_S * 1000);
  await db.$transaction([
    db.verificationToken.deleteMany({ where: { OR: [{ identifier: email }, { expires: { lt: now } }] } }),
    db.verificationToken.create({ data: { identifier: email, token: hashed, expires } }),
  ]);
  const url = confirmationUrl({ callbackUrl: `${env.APP_URL}${callbackPath}`, token, email });
  try {
    await sendMail({ to: email, ...signInMail({ url, host: new URL(env.APP_URL).host, expires }) });
  } catch (e) {
    await db.verificationToken.deleteMany({ where: { token: hashed } });
    throw e;
  }
}

/** next-auth's own way of sending links is never used: lib/auth/auth-endpoints.ts sends every request here. */
export async function refuseNextAuthSignIn(): Promise<never> {
  throw new AppError("FORBIDDEN", "Sign-in links are requested at /sign-in.");
}
