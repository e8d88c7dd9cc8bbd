// The audit log view's query: filters, newest first, keyset pages.
import { z } from "zod";
import type { Db } from "../db/create-client";
import { decodeCursor, encodeCursor } from "../validations/cursor";
import { keepLiteral, literalContains } from "../db/like";

export const auditFiltersSchema = z.object({
  action: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().toLowerCase().max(254).optional().catch(undefined),
  target: z.string().trim().max(100).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  after: z.string().optional().catch(undefined),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(db: Db, f: AuditFilters, limit = AUDIT_PAGE_SIZE) {
  const cursor = decodeCursor(f.after, "time");
  const actor = f.actor ? literalContains(db, f.actor) : undefined;
  const where = {
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(actor ? { actorEmail: actor.filter } : {}),
    ...(f.target ? { OR: [{ targetId: f.target }, { targetType: f.target }] } : {}),
    createdAt: {
      ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}),
      ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    },
    ...(cursor && typeof cursor.v === "number"
      ? {
          AND: [
            {
              OR: [{ createdAt: { lt: new Date(cursor.v) } }, { createdAt: new Date(cursor.v), id: { lt: cursor.id } }],
            },
          ],
        }
      : {}),
  };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? encodeCursor({ v: last.createdAt.getTime(), id: last.id }) : undefined;
  const items = actor && !actor.exact ? keepLiteral(page, f.actor!, (e) => [e.actorEmail]) : page;
  return { items, next };
}

export async function listAuditActions(db: Db): Promise<string[]> {
  // GROUP BY runs in the database; Prisma's `distinct` would read every row.
  const rows = await db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
