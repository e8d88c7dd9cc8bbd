// The inbox query. Keyset pagination (seek past the last row by an indexed sort key) keeps every page as fast as the
// first with 100k enquiries; offsets would make deep pages scan everything before them.
import type { Db } from "../db/create-client";
import { decodeCursor, encodeCursor, type Cursor } from "../validations/cursor";
import type { InboxFilters, Sort } from "./inbox-filters";
import { searchForm } from "./search-text";

export const INBOX_PAGE_SIZE = 25;

const DAY = 86_400_000;

export function inboxWhere(f: InboxFilters, meId: string) {
  const q = f.q ? searchForm(f.q) : undefined;
  return {
    ...(f.status === "ALL" ? {} : f.status ? { status: f.status } : { status: { not: "SPAM" as const } }),
    ...(f.assignee === "me"
      ? { assigneeId: meId }
      : f.assignee === "none"
        ? { assigneeId: null }
        : f.assignee
          ? { assigneeId: f.assignee }
          : {}),
    ...(f.use ? { intendedUse: f.use } : {}),
    ...(f.country ? { country: f.country } : {}),
    ...(f.from || f.to
      ? {
          createdAt: {
            ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}),
            ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + DAY) } : {}),
          },
        }
      : {}),
    ...(q ? { searchText: { contains: q } } : {}),
  };
}

type Dir = "asc" | "desc";
const sortSpec: Record<Sort, { field: "createdAt" | "name"; dir: Dir }> = {
  newest: { field: "createdAt", dir: "desc" },
  oldest: { field: "createdAt", dir: "asc" },
  name: { field: "name", dir: "asc" },
};

export function orderBy(sort: Sort, reverse = false) {
  const { field, dir } = sortSpec[sort];
  const d: Dir = reverse ? (dir === "asc" ? "desc" : "asc") : dir;
  return [{ [field]: d }, { id: d }] as { createdAt?: Dir; name?: Dir; id?: Dir }[];
}

/**
 * Rows strictly after the cursor in the given order (or before it, when `reverse`). Written as a range on the sort
 * column plus the tie-break, so the database seeks in the index instead of evaluating an OR over every row.
 */
export function seek(sort: Sort, c: Cursor, reverse = false) {
  const { field, dir } = sortSpec[sort];
  const forward = dir === "asc" ? "gt" : "lt";
  const op = reverse ? (forward === "gt" ? "lt" : "gt") : forward;
  const value = field === "createdAt" ? new Date(Number(c.v)) : String(c.v);
  return { AND: [{ [field]: { [`${op}e`]: value } }, { OR: [{ [field]: { [op]: value } }, { id: { [op]: c.id } }] }] };
}

const cursorOf = (sort: Sort, row: { id: string; name: string; createdAt: Date }): string =>
  encodeCursor({ v: sortSpec[sort].field === "name" ? row.name : row.createdAt.getTime(), id: row.id });

const itemSelect = {
  id: true,
  name: true,
  email: true,
  organization: true,
  country: true,
  intendedUse: true,
  studyCount: true,
  status: true,
  createdAt: true,
  assignee: { select: { id: true, name: true, email: true } },
} as const;

export async function listEnquiries(db: Db, f: InboxFilters, meId: string, limit = INBOX_PAGE_SIZE) {
  const where = inboxWhere(f, meId);
  const kind = sortSpec[f.sort].field === "name" ? "text" : "time";
  const after = decodeCursor(f.after, kind);
  const before = after ? undefined : decodeCursor(f.before, kind);
  const reverse = !!before;
  const cursor = after ?? before;
  const rows = await db.enquiry.findMany({
    where: cursor ? { AND: [where, seek(f.sort, cursor, reverse)] } : where,
    orderBy: orderBy(f.sort, reverse),
    take: limit + 1,
    select: itemSelect,
  });
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  if (reverse) items.reverse();
  const first = items[0];
  const last = items.at(-1);
  const hasNext = reverse ? true : more;
  const hasPrev = reverse ? more : !!after;
  // One aggregate gives both the pipeline counts and the total (the sum over the statuses the filter shows).
  const groups = await db.enquiry.groupBy({
    by: ["status"],
    where: { ...where, status: undefined },
    _count: { _all: true },
  });
  const byStatus = Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Record<string, number>;
  const shown = (s: string) => (f.status === "ALL" ? true : f.status ? s === f.status : s !== "SPAM");
  const total = Object.entries(byStatus).reduce((n, [s, c]) => n + (shown(s) ? c : 0), 0);
  return {
    items,
    total,
    byStatus,
    next: hasNext && last ? cursorOf(f.sort, last) : undefined,
    prev: hasPrev && first ? cursorOf(f.sort, first) : undefined,
  };
}
