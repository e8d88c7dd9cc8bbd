// Signing in for tests without the mail round trip: seed a user and a database session, then hand the browser (or an
// HTTP client) next-auth's session cookie. Each test seeds its own users; only the magic-link spec uses real mail.
import { test as base, type BrowserContext } from "@playwright/test";
import { E2E_BASE_URL } from "./e2e-env";
import { createOrganization, createSession, createUser, type Role, type SeededUser } from "./auth-db";

export const SESSION_COOKIE = "next-auth.session-token";

export interface SignedInUser extends SeededUser {
  sessionToken: string;
  cookieHeader: string;
}

export function seedSignedIn(role: Role, opts: Parameters<typeof createUser>[1] = {}): SignedInUser {
  const user = createUser(role, opts);
  const sessionToken = createSession(user.id);
  return { ...user, sessionToken, cookieHeader: `${SESSION_COOKIE}=${sessionToken}` };
}

export async function signInContext(context: BrowserContext, user: SignedInUser): Promise<void> {
  await context.addCookies([
    { name: SESSION_COOKIE, value: user.sessionToken, url: E2E_BASE_URL, httpOnly: true, sameSite: "Lax" },
  ]);
}

/** `signIn("SALES")` seeds a sales user and signs the page's browser context in as them. */
export const test = base.extend<{
  signIn: (role: Role, opts?: { organization?: { id: string; name: string }; name?: string }) => Promise<SignedInUser>;
}>({
  signIn: async ({ context }, provide) => {
    await provide(async (role, opts = {}) => {
      const user = seedSignedIn(role, opts);
      await signInContext(context, user);
      return user;
    });
  },
});

export { createOrganization };
export { expect } from "@playwright/test";
