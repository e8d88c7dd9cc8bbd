// The app's rules in front of next-auth's own endpoints.
// - A sign-in link never creates a session by itself being opened (login CSRF: a cross-site page could navigate a
//   victim to the attacker's link and sign them in as the attacker). Opening it (GET) shows the confirmation page;
//   only that page's same-origin POST reaches next-auth's callback.
// - POST /api/auth/signin/email goes the app's way (requestSignInLink: the email rule, rate limits, disabled accounts,
//   one live link) and answers every request alike, so it reveals nothing about accounts.
import "server-only";
import { env } from "../env";
import { isAppError } from "../errors/app-error";
import { signInSchema } from "../validations/auth";
import { requestIp } from "../actions/request";
import { requestSignInLink, type SignInDeps } from "./magic-link";
import { isSameOrigin } from "./same-origin";
import { log } from "../log";

const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: `${env.APP_URL}${path}` } });

/** The answer to a request that must not reach next-auth as it is, or null to let it through. */
export async function interceptAuthRequest(
  deps: SignInDeps,
  req: Request,
  segments: readonly string[],
): Promise<Response | null> {
  const [action, provider] = segments;
  if (action === "callback" && provider === "email") {
    if (req.method === "POST" && isSameOrigin(req.headers, env.APP_URL)) return null;
    return seeOther(`/sign-in/verify${new URL(req.url).search}`);
  }
  if (action === "signin" && provider === "email" && req.method === "POST") return emailSignIn(deps, req);
  return null;
}

async function emailSignIn(deps: SignInDeps, req: Request): Promise<Response> {
  const answer = seeOther("/sign-in/check-email");
  if (!isSameOrigin(req.headers, env.APP_URL)) return answer;
  const form = await req.formData().catch(() => null);
  const parsed = signInSchema.safeParse({
    email: form?.get("email") ?? undefined,
    callbackUrl: form?.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) return answer;
  try {
    await requestSignInLink(deps, parsed.data.email, parsed.data.callbackUrl, await requestIp());
  } catch (e) {
    // Rate limited or mail trouble: the same answer; the sign-in page (server action) is where people get messages.
    if (!isAppError(e)) log.error("sign-in link request failed:", e);
  }
  return answer;
}
