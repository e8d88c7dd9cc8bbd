// The signed-in user for the current request, read from the database session next-auth created. One indexed query
// that also loads role, organisation and the disabled flag, identical in pages, server actions and route handlers,
// and cached per request so a layout and its page share it.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { db } from "../db";
import { SESSION_COOKIE } from "./cookies";
import { hashSessionToken } from "./session-token";
import type { Principal, Role } from "./roles";

export interface SessionUser extends Principal {
  name: string | null;
  organizationName: string | null;
}

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return findSessionUser(token);
});

export async function findSessionUser(sessionToken: string): Promise<SessionUser | null> {
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
  if (!session || session.expires.getTime() < Date.now() || session.user.disabled) return null;
  const { organization, ...user } = session.user;
  return { ...user, role: user.role as Role, organizationName: organization?.name ?? null };
}
