import { z } from "zod";
import type { Db } from "../db/create-client";
import { roles } from "../auth/roles";
import { decodeCursor, encodeCursor } from "../validations/cursor";
import { keepLiteral, literalContains } from "../db/like";

export const userFiltersSchema = z.object({
  q: z.string().trim().toLowerCase().max(254).optional().catch(undefined),
  role: z.enum(roles).optional().catch(undefined),
  after: z.string().optional().catch(undefined),
});
export type UserFilters = z.infer<typeof userFiltersSchema>;

export const USERS_PAGE_SIZE = 50;

/** Users by email, keyset-paged. */
export async function listUsers(db: Db, f: UserFilters, limit = USERS_PAGE_SIZE) {
  const cursor = decodeCursor(f.after, "text");
  const search = f.q ? literalContains(db, f.q) : undefined;
  const rows = await db.user.findMany({
    where: {
      ...(search ? { OR: [{ email: search.filter }, { name: search.filter }] } : {}),
      ...(f.role ? { role: f.role } : {}),
      ...(cursor && typeof cursor.v === "string" ? { email: { gt: cursor.v } } : {}),
    },
    orderBy: { email: "asc" },
    take: limit + 1,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      createdAt: true,
      lastSignInAt: true,
      organization: { select: { id: true, name: true } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  // The cursor follows the last row read, so rows dropped by keepLiteral never make the next page skip any.
  const items = search && !search.exact ? keepLiteral(page, f.q!, (u) => [u.email, u.name]) : page;
  return { items, next: rows.length > limit && last ? encodeCursor({ v: last.email, id: last.id }) : undefined };
}

/** The people enquiries can be assigned to. */
export function listStaff(db: Db) {
  return db.user.findMany({
    where: { role: { in: ["SALES", "ADMIN"] }, disabled: false },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true },
  });
}
