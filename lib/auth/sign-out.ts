// Signing out: the session rows go (so a token is dead everywhere) and the audit row with them, in one transaction.
import type { Deps } from "../deps";
import { audited } from "../audit/audited";
import { SESSION_COOKIE, useSecureCookies } from "./cookies";
import { hashSessionToken } from "./session-token";
import type { SessionUser } from "./session";

type CookieStore = {
  get(name: string): { value: string } | undefined;
  delete(opts: { name: string; path?: string; secure?: boolean }): unknown;
};

/** Ends this browser's session: the row goes (so the token is dead everywhere) and so does the cookie. */
export async function signOutCurrentSession(
  { db }: Pick<Deps, "db">,
  store: CookieStore,
  user: SessionUser | null,
  ip: string,
): Promise<void> {
  const token = store.get(SESSION_COOKIE)?.value;
  const remove = (tx: Pick<typeof db, "session">) =>
    token ? tx.session.deleteMany({ where: { sessionToken: hashSessionToken(token) } }) : Promise.resolve({ count: 0 });
  if (user)
    await audited(db, remove, () => ({
      actor: user,
      action: "auth.signed_out",
      targetType: "user",
      targetId: user.id,
      ip,
    }));
  else await remove(db);
  store.delete({ name: SESSION_COOKIE, path: "/", secure: useSecureCookies });
}

/** Ends every session of a user (the account page's "sign out everywhere"). */
export async function signOutEverywhere({ db }: Pick<Deps, "db">, user: SessionUser, ip: string): Promise<number> {
  const { count } = await audited(
    db,
    (tx) => tx.session.deleteMany({ where: { userId: user.id } }),
    ({ count }) => ({
      actor: user,
      action: "auth.signed_out_everywhere",
      targetType: "user",
      targetId: user.id,
      details: { sessions: count },
      ip,
    }),
  );
  return count;
}
