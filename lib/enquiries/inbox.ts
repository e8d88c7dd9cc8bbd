// The inbox query. Keyset pagination (seek past the last row by an indexed sort key) keeps every page as fast as the
// first with 100k enquiries; offsets would make deep pages scan everything before them.
import type { Db } from "../db/create-client";
import { dateRangeWhere } from "../db/date-range";
import { keysetPage, type KeysetPosition, type KeysetSort } from "../db/keyset";
import { decodePosition, encodePosition } from "../validations/cursor";
import type { InboxFilters, Sort } from "./inbox-filters";
import { searchForm } from "./search-text";

export const INBOX_PAGE_SIZE = 25;

export function inboxWhere(f: InboxFilters, meId: string) {
  const q = f.q ? searchForm(f.q) : undefined;
  const createdAt = dateRangeWhere(f);
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
    ...(createdAt ? { createdAt } : {}),
    ...(q ? { searchText: { contains: q } } : {}),
  };
}

const sortSpec: Record<Sort, KeysetSort<"createdAt" | "name">> = {
  newest: { field: "createdAt", dir: "desc" },
  oldest: { field: "createdAt", dir: "asc" },
  name: { field: "name", dir: "asc" },
};

/** The inbox's order for a sort (the CSV export reads in the same order). */
export const inboxSort = (sort: Sort) => sortSpec[sort];

const positionOf =
  (sort: Sort) =>
  (row: { id: string; name: string; createdAt: Date }): KeysetPosition => ({
    value: sortSpec[sort].field === "name" ? row.name : row.createdAt,
    id: row.id,
  });

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
  const after = decodePosition(f.after, kind);
  const page = await keysetPage(
    sortSpec[f.sort],
    { after, before: after ? undefined : decodePosition(f.before, kind), limit },
    (k) =>
      db.enquiry.findMany({
        where: k.where ? { AND: [where, k.where] } : where,
        orderBy: k.orderBy,
        take: k.take,
        select: itemSelect,
      }),
    positionOf(f.sort),
  );
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
    items: page.items,
    total,
    byStatus,
    next: page.next && encodePosition(page.next),
    prev: page.prev && encodePosition(page.prev),
  };
}
