// Admin changes to accounts. Disabling deletes the user's sessions, so it takes effect on their next request.
import type { Db } from "../db/create-client";
import { AppError } from "../errors/app-error";
import type { Role } from "../auth/roles";

async function load(db: Db, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, disabled: true, organizationId: true } });
  if (!user) throw new AppError("NOT_FOUND", "User not found.");
  return user;
}

export async function changeRole(db: Db, userId: string, role: Role) {
  const before = await load(db, userId);
  await db.user.update({ where: { id: userId }, data: { role } });
  return { email: before.email, from: before.role, to: role };
}

export async function setDisabled(db: Db, userId: string, disabled: boolean) {
  const before = await load(db, userId);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { disabled } }),
    ...(disabled ? [db.session.deleteMany({ where: { userId } })] : []),
  ]);
  return { email: before.email, disabled };
}

export async function setOrganization(db: Db, userId: string, organizationId: string | null) {
  const before = await load(db, userId);
  if (organizationId && !(await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "Organisation not found.");
  }
  await db.user.update({ where: { id: userId }, data: { organizationId } });
  return { email: before.email, from: before.organizationId, to: organizationId };
}
