// The desk lists' "from"/"to" date filter: whole UTC days, both ends included, as query-string fields and as a
// Prisma range on a timestamp column.
import { z } from "zod";

const DAY = 86_400_000;

/** `from` and `to` as YYYY-MM-DD; a malformed value is dropped (no filter) rather than failing the page. */
export const dateRangeFields = {
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
};

/** From the start of `from` to the end of `to` (UTC); undefined when neither is set. */
export function dateRangeWhere(r: { from?: string; to?: string }): { gte?: Date; lt?: Date } | undefined {
  if (!r.from && !r.to) return undefined;
  return {
    ...(r.from ? { gte: new Date(`${r.from}T00:00:00Z`) } : {}),
    ...(r.to ? { lt: new Date(new Date(`${r.to}T00:00:00Z`).getTime() + DAY) } : {}),
  };
}
