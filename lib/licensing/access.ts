// Who may see an organisation's quotes, orders, licences and invoices: its members and staff. Anyone else gets
// "not found", so ids of other customers' records reveal nothing.
import { AppError } from "../errors/app-error";
import type { Principal } from "../auth/roles";

export const isStaff = (u: Pick<Principal, "role">) => u.role === "SALES" || u.role === "ADMIN";

export function canSeeOrganization(u: Pick<Principal, "role" | "organizationId">, organizationId: string): boolean {
  return isStaff(u) || (!!u.organizationId && u.organizationId === organizationId);
}

export function assertCanSee<T extends { organizationId: string }>(
  u: Pick<Principal, "role" | "organizationId">,
  row: T | null,
  what = "Not found.",
): T {
  if (!row || !canSeeOrganization(u, row.organizationId)) throw new AppError("NOT_FOUND", what);
  return row;
}
