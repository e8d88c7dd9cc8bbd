// The signed-in user behind a session token, read from the database session next-auth created: one indexed query
// that also loads role, organisation and the disabled flag. lib/auth/current-user.ts binds it to the request.
import type { Deps } from "../deps";
import { hashSessionToken } from "./session-token";
import type { Principal, Role } from "./roles";

export interface SessionUser extends Principal {
  name: string | null;
  organizationName: string | null;
}

export async function findSessionUser(
  { db, now }: Pick<Deps, "db" | "now">,
  sessionToken: string,
): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { sessionToken: hashSessionToken(sessionToken) },
    select: {
      expires: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          disabled: true,
          organizationId: true,
          organization: { select: { name: true } },
        },
      },
    },
  });
  if (!session || session.expires.getTime() < now().getTime() || session.user.disabled) return null;
  const { organization, ...user } = session.user;
  return { ...user, role: user.role as Role, organizationName: organization?.name ?? null };
}
