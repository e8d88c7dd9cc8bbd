// The signed-in user for the current request: the session cookie looked up in the app's database, cached per request
// so a layout and its page share one query. This is the request-scoped edge that lib/auth/guards.ts and the action
// wrapper stand on, so it binds the database singleton itself; the lookup (lib/auth/session.ts) takes its deps.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { db } from "../db";
import { SESSION_COOKIE } from "./cookies";
import { findSessionUser, type SessionUser } from "./session";

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return findSessionUser({ db, now: () => new Date() }, token);
});
