// Searching a column for a piece of text with LIKE (Prisma's `contains`) - literally. PostgreSQL takes backslash
// escapes, so % _ and \ are escaped there. SQLite's LIKE has no escape character through Prisma: a search holding %
// or _ asks the database for a superset (they still act as wildcards there) and keepLiteral drops the extra rows.
// (The enquiry inbox avoids the question: its search column stores those characters as others - search-text.ts.)
// Case: SQLite's LIKE ignores ASCII case; PostgreSQL's is case-sensitive, so there the search is ILIKE (Prisma's
// mode "insensitive") and "Alice" finds "alice@x.org" on both.
import type { Db } from "./create-client";
import { isPostgresClient } from "./provider";

export interface LiteralContains {
  /** `mode` only on PostgreSQL: SQLite's Prisma client has no such option (its LIKE already ignores ASCII case). */
  filter: { contains: string; mode?: "insensitive" };
  /** False when the database may return rows that do not hold the text: filter them with keepLiteral. */
  exact: boolean;
}

export function literalContains(db: Db, text: string): LiteralContains {
  if (isPostgresClient(db))
    return { filter: { contains: text.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" }, exact: true };
  return { filter: { contains: text }, exact: !/[%_]/.test(text) };
}

/** The rows one of whose `fields` holds `text` (case-insensitively for ASCII, as SQLite's LIKE). */
export function keepLiteral<T>(rows: T[], text: string, fields: (row: T) => (string | null | undefined)[]): T[] {
  const needle = text.toLowerCase();
  return rows.filter((r) => fields(r).some((v) => v?.toLowerCase().includes(needle)));
}
