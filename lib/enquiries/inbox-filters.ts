// The inbox's query string, validated: unknown or malformed values fall back to "no filter" rather than erroring,
// so a hand-edited URL still shows a page. Shared by the inbox page and the CSV export.
import { z } from "zod";
import { dateRangeFields } from "../db/date-range";
import { countryCodes } from "../validations/countries";
import { enquiryStatuses } from "../validations/desk";
import { intendedUses } from "../validations/enquiry";

export const statusFilters = [...enquiryStatuses, "ALL"] as const;
export const sorts = ["newest", "oldest", "name"] as const;
export type Sort = (typeof sorts)[number];

const opt = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);

export const inboxFiltersSchema = z.object({
  q: opt(z.string().trim().max(200)),
  // Absent: every status but spam.
  status: opt(z.enum(statusFilters)),
  // "me", "none" or a user id.
  assignee: opt(z.string().trim().min(1).max(64)),
  use: opt(z.enum(intendedUses)),
  country: opt(z.enum(countryCodes)),
  ...dateRangeFields,
  sort: z.enum(sorts).catch("newest").default("newest"),
  after: opt(z.string().max(600)),
  before: opt(z.string().max(600)),
});
export type InboxFilters = z.infer<typeof inboxFiltersSchema>;

type Params = Record<string, string | string[] | undefined>;

export function parseInboxFilters(params: Params | URLSearchParams): InboxFilters {
  const flat: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [k, v] of entries) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value !== "" && !(k in flat)) flat[k] = value;
  }
  return inboxFiltersSchema.parse(flat);
}

/** The filters as a query string (without the page cursors), for links that keep the current view. */
export function filtersToQuery(f: Partial<InboxFilters>, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const key of ["q", "status", "assignee", "use", "country", "from", "to"] as const) {
    const v = f[key];
    if (v) q.set(key, v);
  }
  if (f.sort && f.sort !== "newest") q.set("sort", f.sort);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}
