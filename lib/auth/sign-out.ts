import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/record";
import { SESSION_COOKIE, useSecureCookies } from "./cookies";
import { hashSessionToken } from "./session-token";
import type { SessionUser } from "./session";

type CookieStore = {
  get(name: string): { value: string } | undefined;
  delete(opts: { name: string; path?: string; secure?: boolean }): unknown;
};

/** Ends this browser's session: the row goes (so the token is dead everywhere) and so does the cookie. */
export async function signOutCurrentSession(store: CookieStore, user: SessionUser | null, ip: string): Promise<void> {
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await db.session.deleteMany({ where: { sessionToken: hashSessionToken(token) } });
  store.delete({ name: SESSION_COOKIE, path: "/", secure: useSecureCookies });
  if (user) await recordAudit(db, { actor: user, action: "auth.signed_out", targetType: "user", targetId: user.id, ip });
}

/** Ends every session of a user (the account page's "sign out everywhere"). */
export async function signOutEverywhere(user: SessionUser, ip: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId: user.id } });
  await recordAudit(db, { actor: user, action: "auth.signed_out_everywhere", targetType: "user", targetId: user.id, details: { sessions: count }, ip });
  return count;
}
