// Who may do what, as pure functions over a principal, so the rules are unit-tested apart from sessions and cookies.
import { AppError } from "../errors/app-error";
import type { Role as DbRole } from "../../generated/sqlite/enums";

export const roles = ["CUSTOMER", "SALES", "ADMIN"] as const;
export type Role = (typeof roles)[number];
// Fails to compile if the database enum and this list drift apart.
const _sameRoles: [Role, DbRole] extends [DbRole, Role] ? true : never = true;
void _sameRoles;

/** Staff work the sales desk; admins also manage users, organisations, the mailbox and the audit log. */
export const STAFF: readonly Role[] = ["SALES", "ADMIN"];
export const ADMIN_ONLY: readonly Role[] = ["ADMIN"];
export const ANY_USER: readonly Role[] = roles;

export interface Principal {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  organizationId: string | null;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/** Throws 401 when nobody is signed in (or the account is disabled) and 403 when the role is not allowed. */
export function assertRole<P extends Principal>(user: P | null | undefined, allowed: readonly Role[]): P {
  if (!user || user.disabled) throw new AppError("UNAUTHENTICATED");
  if (!allowed.includes(user.role)) throw new AppError("FORBIDDEN");
  return user;
}

/** Admins may not demote or disable themselves: it would lock the last admin out. */
export function assertNotSelf(actor: Principal, targetUserId: string, what: string): void {
  if (actor.id === targetUserId) throw new AppError("CONFLICT", `You cannot ${what} your own account.`);
}
