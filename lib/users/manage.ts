// Admin changes to accounts, run inside a transaction with their audit row (lib/users/admin.ts). Disabling deletes
// the user's sessions, so it takes effect on their next request.
import type { Tx } from "../db/create-client";
import { AppError } from "../errors/app-error";
import type { Role } from "../auth/roles";

async function load(db: Tx, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, disabled: true, organizationId: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "User not found.");
  return user;
}

export async function changeRole(db: Tx, userId: string, role: Role) {
  const before = await load(db, userId);
  await db.user.update({ where: { id: userId }, data: { role } });
  return { email: before.email, from: before.role, to: role };
}

export async function setDisabled(db: Tx, userId: string, disabled: boolean) {
  const before = await load(db, userId);
  // Called inside the caller's transaction (lib/users/admin.ts), so the flag and the sessions change together.
  await db.user.update({ where: { id: userId }, data: { disabled } });
  if (disabled) await db.session.deleteMany({ where: { userId } });
  return { email: before.email, disabled };
}

export async function setOrganization(db: Tx, userId: string, organizationId: string | null) {
  const before = await load(db, userId);
  if (organizationId && !(await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "Organisation not found.");
  }
  await db.user.update({ where: { id: userId }, data: { organizationId } });
  return { email: before.email, from: before.organizationId, to: organizationId };
}
