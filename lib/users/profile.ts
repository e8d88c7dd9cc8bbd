import "server-only";
import { db } from "../db";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";

export async function updateProfile(user: SessionUser, input: { name: string }, ip: string): Promise<void> {
  await db.user.update({ where: { id: user.id }, data: { name: input.name || null } });
  await recordAudit(db, { actor: user, action: "user.profile_updated", targetType: "user", targetId: user.id, ip });
}
