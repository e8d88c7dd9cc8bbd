// The account page's own changes: the name, with its audit row in the same transaction.
import type { Deps } from "../deps";
import { audited } from "../audit/audited";
import type { SessionUser } from "../auth/session";

export async function updateProfile(
  { db }: Pick<Deps, "db">,
  user: SessionUser,
  input: { name: string },
  ip: string,
): Promise<void> {
  await audited(
    db,
    (tx) => tx.user.update({ where: { id: user.id }, data: { name: input.name || null } }),
    () => ({ actor: user, action: "user.profile_updated", targetType: "user", targetId: user.id, ip }),
  );
}
