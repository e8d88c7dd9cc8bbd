// Magic-link sign-in mail. Both ways of asking for a link end here - the sign-in page's server action and next-auth's
// own /api/auth/signin/email - so the rate limits and the disabled-account rule cannot be bypassed.
import "server-only";
import crypto from "node:crypto";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors/app-error";
import { sendMail } from "../email";
import { signInMail } from "../email/templates/sign-in";
import { describeWait, policies, rateLimit } from "../rate-limit";
import { ipRateKey } from "../rate-limit/client-ip";
import { requestIp } from "../actions/request";
import { getAuthSecret } from "./secret";

/** One hour: long enough for slow mail, short enough that an old inbox does not hold live links. */
export const MAGIC_LINK_MAX_AGE_S = 60 * 60;

/**
 * The link in the mail opens a confirmation page rather than signing in directly: mail scanners that fetch every
 * link would otherwise use up the one-time token before the person clicks.
 */
export function confirmationUrl(nextAuthCallbackUrl: string): string {
  return `${env.APP_URL}/sign-in/verify?${new URL(nextAuthCallbackUrl).searchParams}`;
}

export async function deliverSignInLink({ identifier, url, expires }: { identifier: string; url: string; expires: Date }) {
  const email = identifier.trim().toLowerCase();
  const ip = await requestIp();
  const limit = await rateLimit([
    { rule: policies.signInPerIp, key: ipRateKey(ip) },
    { rule: policies.signInPerEmail, key: email },
  ]);
  if (!limit.allowed) {
    throw new AppError("RATE_LIMITED", `Too many sign-in links requested. Please try again in ${describeWait(limit.retryAfterS)}.`, {
      retryAfter: limit.retryAfterS,
    });
  }
  const user = await db.user.findUnique({ where: { email }, select: { disabled: true } });
  // Same answer as for a sent link, so the page does not reveal which accounts are disabled.
  if (user?.disabled) return;
  const link = confirmationUrl(url);
  await sendMail({ to: email, ...signInMail({ url: link, host: new URL(env.APP_URL).host, expires }) });
}

/** next-auth's token hash (sha256 of token + secret): the callback route looks the token up by it. */
export function hashVerificationToken(token: string): string {
  return crypto.createHash("sha256").update(`${token}${getAuthSecret()}`).digest("hex");
}

/** What next-auth's email sign-in does, callable from a server action (next-auth v4 has no server-side signIn). */
export async function requestSignInLink(email: string, callbackPath: string): Promise<void> {
  const token = crypto.randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + MAGIC_LINK_MAX_AGE_S * 1000);
  const params = new URLSearchParams({ callbackUrl: `${env.APP_URL}${callbackPath}`, token, email });
  const url = `${env.APP_URL}/api/auth/callback/email?${params}`;
  await deliverSignInLink({ identifier: email, url, expires });
  await db.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } });
  await db.verificationToken.create({ data: { identifier: email, token: hashVerificationToken(token), expires } });
}
