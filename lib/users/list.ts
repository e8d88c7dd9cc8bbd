// The admin user list: users by email, filtered, keyset-paged.
import type { Db } from "../db/create-client";
import { keysetPage } from "../db/keyset";
import { decodePosition, encodePosition } from "../validations/cursor";
import type { UserFilters } from "./filters";
import { keepLiteral, literalContains } from "../db/like";

export const USERS_PAGE_SIZE = 50;

const byEmail = { field: "email", dir: "asc" } as const;

export async function listUsers(db: Db, f: UserFilters, limit = USERS_PAGE_SIZE) {
  const search = f.q ? literalContains(db, f.q) : undefined;
  const where = {
    ...(search ? { OR: [{ email: search.filter }, { name: search.filter }] } : {}),
    ...(f.role ? { role: f.role } : {}),
  };
  const page = await keysetPage(
    byEmail,
    { after: decodePosition(f.after, "text"), limit },
    (k) =>
      db.user.findMany({
        where: k.where ? { AND: [where, k.where] } : where,
        orderBy: k.orderBy,
        take: k.take,
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
      }),
    (u) => ({ value: u.email, id: u.id }),
  );
  // The cursor follows the last row read, so rows dropped by keepLiteral never make the next page skip any.
  const items = search && !search.exact ? keepLiteral(page.items, f.q!, (u) => [u.email, u.name]) : page.items;
  return { items, next: page.next && encodePosition(page.next) };
}

/** The people enquiries can be assigned to. */
export function listStaff(db: Db) {
  return db.user.findMany({
    where: { role: { in: ["SALES", "ADMIN"] }, disabled: false },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true },
  });
}
