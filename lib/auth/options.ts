// next-auth configuration: passwordless email sign-in, users and sessions in our database through the Prisma
// adapter. Database sessions (not JWTs) so that disabling a user or signing out revokes access at once: every request
// looks the session row up (lib/auth/session.ts). app/_bind/auth-options.ts binds the app's database, secret and clock.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Deps } from "../deps";
import { audited } from "../audit/audited";
import { SESSION_COOKIE, SESSION_MAX_AGE_S, SESSION_UPDATE_AGE_S, useSecureCookies } from "./cookies";
import { MAGIC_LINK_MAX_AGE_S, refuseNextAuthSignIn } from "./magic-link";
import { LANDING_PATH } from "./landing";
import { withHashedSessionTokens } from "./hashed-session-adapter";
import { email as emailRule } from "../validations/form";

export interface AuthOptionsDeps extends Pick<Deps, "db" | "now"> {
  /** Signs next-auth's tokens (lib/auth/secret.ts). */
  secret: string;
  /** The sender next-auth's email provider requires; the app sends its sign-in mail itself. */
  mailFrom: string;
}

export function createAuthOptions({ db, now, secret, mailFrom }: AuthOptionsDeps): NextAuthOptions {
  return {
    adapter: withHashedSessionTokens(PrismaAdapter(db as never) as Adapter),
    secret,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_UPDATE_AGE_S },
    useSecureCookies,
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: useSecureCookies },
      },
    },
    providers: [
      EmailProvider({
        maxAge: MAGIC_LINK_MAX_AGE_S,
        // Unused (the transport is ours) but next-auth requires a value.
        server: "smtp://unused.invalid",
        from: mailFrom,
        sendVerificationRequest: refuseNextAuthSignIn,
        // The app's email rule for every identifier next-auth handles ("Name <a@x>" or "a,b@x" throw, so no token or
        // user is ever made for them). lib/auth/auth-endpoints.ts sends sign-in requests the app's own way anyway.
        normalizeIdentifier: (identifier) => emailRule().parse(identifier),
      }),
    ],
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error", signOut: "/sign-out" },
    callbacks: {
      async signIn({ user }) {
        if (!user.email) return false;
        const existing = await db.user.findUnique({
          where: { email: user.email.toLowerCase() },
          select: { disabled: true },
        });
        return !existing?.disabled;
      },
      // Only same-site destinations, whatever callbackUrl a link carries.
      async redirect({ url, baseUrl }) {
        if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
        try {
          if (new URL(url).origin === baseUrl) return url;
        } catch {
          // not a URL: fall through
        }
        return `${baseUrl}${LANDING_PATH}`;
      },
    },
    events: {
      async signIn({ user, isNewUser }) {
        await audited(
          db,
          (tx) => tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now() } }),
          () => ({
            actor: { id: user.id, email: user.email ?? "" },
            action: "auth.signed_in",
            targetType: "user",
            targetId: user.id,
            details: isNewUser ? { newUser: true } : undefined,
          }),
        );
      },
    },
  };
}
