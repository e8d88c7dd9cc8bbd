// Creates a user or changes an existing one's role and organisation. Shared by `npm run user:create`, the demo seed
// and the admin's invite, so all three behave the same.
import type { Tx } from "../db/create-client";
import type { Role } from "../auth/roles";
import { findOrCreateOrganization } from "./organizations";

export interface UpsertUserInput {
  email: string;
  role: Role;
  name?: string | null;
  /** An organisation name (created if new) or id; undefined leaves it unchanged. */
  organization?: { name: string } | { id: string | null };
}

export async function upsertUser(db: Tx, input: UpsertUserInput) {
  const email = input.email.trim().toLowerCase();
  let organizationId: string | null | undefined;
  if (input.organization && "name" in input.organization) {
    organizationId = (await findOrCreateOrganization(db, input.organization.name)).id;
  } else if (input.organization) {
    organizationId = input.organization.id;
  }
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, role: true } });
  const user = await db.user.upsert({
    where: { email },
    create: { email, role: input.role, name: input.name ?? null, organizationId: organizationId ?? null },
    update: {
      role: input.role,
      ...(input.name ? { name: input.name } : {}),
      ...(organizationId !== undefined ? { organizationId } : {}),
    },
    include: { organization: { select: { name: true } } },
  });
  return { user, created: !existing, previousRole: existing?.role ?? null };
}
