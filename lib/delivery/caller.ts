// Who is asking, for the delivery routes (Pages Router API routes, outside React's server environment, so the
// session is read here from the cookie's hash rather than through lib/auth/session): a signed-in user, a download
// token (in the URL: manifest links) or a personal API token (Authorization: Bearer).
import type { Db } from "../db/create-client";
import { hashSessionToken } from "../auth/session-token";
import { verifyToken, type VerifiedToken } from "./tokens";

export interface SessionPrincipal {
  id: string;
  role: string;
  organizationId: string | null;
}

export type Caller =
  | { kind: "session"; user: SessionPrincipal }
  | { kind: "token"; token: VerifiedToken }
  | { kind: "denied"; status: 401 | 403; reason: string };

export interface Credentials {
  sessionToken?: string | null;
  /** The Authorization header as sent. */
  authorization?: string | null;
  /** A token from the URL (path segment or ?token=). */
  urlToken?: string | null;
}

export async function resolveCaller(db: Db, c: Credentials, now: Date): Promise<Caller> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.authorization ?? "")?.[1] ?? null;
  // A presented token decides alone: a bad token is refused even when a session cookie is also there.
  const presented = c.urlToken || bearer;
  if (presented) {
    const v = await verifyToken(db, presented, now);
    return v.ok ? { kind: "token", token: v.token } : { kind: "denied", status: 403, reason: v.reason };
  }
  if (c.sessionToken) {
    const s = await db.session.findUnique({
      where: { sessionToken: hashSessionToken(c.sessionToken) },
      select: { expires: true, user: { select: { id: true, role: true, disabled: true, organizationId: true } } },
    });
    if (s && s.expires.getTime() > now.getTime() && !s.user.disabled) return { kind: "session", user: s.user };
  }
  return { kind: "denied", status: 401, reason: "sign in, or use a download or API token" };
}

/** Cookie header -> the named cookie's value. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decoded(part.slice(eq + 1).trim());
  }
  return null;
}

/** A malformed %-escape is a cookie we did not set: no session, rather than a URIError failing the request. */
function decoded(v: string): string | null {
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}
