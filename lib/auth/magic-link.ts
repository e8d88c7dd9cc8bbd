// Magic-link sign-in mail. Every way of asking for a link ends in requestSignInLink - the sign-in page's server action
// and next-auth's own /api/auth/signin/email (lib/auth/auth-endpoints.ts) - so the email rule, the rate limits and the
// disabled-account rule cannot be bypassed. One live link per address: a new one replaces the older ones, and a
// request that is refused or goes to a disabled account stores nothing.
import crypto from "node:crypto";
import type { Deps } from "../deps";
import { AppError } from "../errors/app-error";
import { signInMail } from "../email/templates/sign-in";
import { describeWait } from "../rate-limit/limiter";
import * as policies from "../rate-limit/policies";
import { ipRateKey } from "../rate-limit/client-ip";

export type SignInDeps = Deps & { appUrl: string; secret: string };

/** One hour: long enough for slow mail, short enough that an old inbox does not hold live links. */
export const MAGIC_LINK_MAX_AGE_S = 60 * 60;

/**
 * The link in the mail opens a confirmation page rather than signing in directly: mail scanners that fetch every
 * link would otherwise use up the one-time token before the person clicks, and only the confirmation page's
 * same-origin POST can create a session (login CSRF).
 */
export function confirmationUrl(appUrl: string, params: { callbackUrl: string; token: string; email: string }): string {
  return `${appUrl}/sign-in/verify?${new URLSearchParams(params)}`;
}

/** next-auth's token hash (sha256 of token + secret): the callback route looks the token up by it. */
export function hashVerificationToken(token: string, secret: string): string {
  return crypto.createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/**
 * Sends a sign-in link to `email` (already validated and lower-cased) for a request from `ip`. Limits count per
 * requester - per address, and per address and target - so nobody can use up someone else's links and lock them out.
 * A disabled account gets the same answer as anyone and nothing is stored or sent. The token is stored before the
 * mail goes, so a link that arrives always works; a failed send removes it again.
 */
export async function requestSignInLink(
  deps: SignInDeps,
  email: string,
  callbackPath: string,
  ip: string,
): Promise<void> {
  const { db } = deps;
  const requester = ipRateKey(ip);
  const limit = await deps.limit([
    { rule: policies.signInPerIp, key: requester },
    { rule: policies.signInPerEmailAndIp, key: `${email}|${requester}` },
  ]);
  if (!limit.allowed) {
    throw new AppError(
      "RATE_LIMITED",
      `Too many sign-in links requested. Please try again in ${describeWait(limit.retryAfterS)}.`,
      {
        retryAfter: limit.retryAfterS,
      },
    );
  }
  const user = await db.user.findUnique({ where: { email }, select: { disabled: true } });
  if (user?.disabled) return;

  const token = crypto.randomBytes(32).toString("hex");
  const hashed = hashVerificationToken(token, deps.secret);
  const now = deps.now();
  const expires = new Date(now.getTime() + MAGIC_LINK_MAX_AGE_S * 1000);
  await db.$transaction([
    db.verificationToken.deleteMany({ where: { OR: [{ identifier: email }, { expires: { lt: now } }] } }),
    db.verificationToken.create({ data: { identifier: email, token: hashed, expires } }),
  ]);
  const url = confirmationUrl(deps.appUrl, { callbackUrl: `${deps.appUrl}${callbackPath}`, token, email });
  try {
    await deps.send({
      to: email,
      ...(await signInMail({ url, host: new URL(deps.appUrl).host, validForS: MAGIC_LINK_MAX_AGE_S })),
    });
  } catch (e) {
    await db.verificationToken.deleteMany({ where: { token: hashed } });
    throw e;
  }
}

/** next-auth's own way of sending links is never used: lib/auth/auth-endpoints.ts sends every request here. */
export async function refuseNextAuthSignIn(): Promise<never> {
  throw new AppError("FORBIDDEN", "Sign-in links are requested at /sign-in.");
}
