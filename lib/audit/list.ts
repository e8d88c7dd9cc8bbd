// The audit log view's query: filters, newest first, keyset pages.
import type { Db } from "../db/create-client";
import { dateRangeWhere } from "../db/date-range";
import { keysetPage } from "../db/keyset";
import { decodePosition, encodePosition } from "../validations/cursor";
import type { AuditFilters } from "./filters";
import { keepLiteral, literalContains } from "../db/like";

export const AUDIT_PAGE_SIZE = 50;

const newestFirst = { field: "createdAt", dir: "desc" } as const;

export async function listAuditEvents(db: Db, f: AuditFilters, limit = AUDIT_PAGE_SIZE) {
  const actor = f.actor ? literalContains(db, f.actor) : undefined;
  const createdAt = dateRangeWhere(f);
  const where = {
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(actor ? { actorEmail: actor.filter } : {}),
    ...(f.target ? { OR: [{ targetId: f.target }, { targetType: f.target }] } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
  const page = await keysetPage(
    newestFirst,
    { after: decodePosition(f.after, "time"), limit },
    (k) =>
      db.auditEvent.findMany({ where: k.where ? { AND: [where, k.where] } : where, orderBy: k.orderBy, take: k.take }),
    (e) => ({ value: e.createdAt, id: e.id }),
  );
  // The cursor follows the last row read, so rows dropped by keepLiteral never make the next page skip any.
  const items = actor && !actor.exact ? keepLiteral(page.items, f.actor!, (e) => [e.actorEmail]) : page.items;
  return { items, next: page.next && encodePosition(page.next) };
}

export async function listAuditActions(db: Db): Promise<string[]> {
  // GROUP BY runs in the database; Prisma's `distinct` would read every row.
  const rows = await db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
