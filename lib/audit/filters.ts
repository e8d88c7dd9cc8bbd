// The audit log view's query string, validated: a malformed value means "no filter", so a hand-edited URL still
// shows a page.
import { z } from "zod";
import { dateRangeFields } from "../db/date-range";

export const auditFiltersSchema = z.object({
  action: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().toLowerCase().max(254).optional().catch(undefined),
  target: z.string().trim().max(100).optional().catch(undefined),
  ...dateRangeFields,
  after: z.string().optional().catch(undefined),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;
