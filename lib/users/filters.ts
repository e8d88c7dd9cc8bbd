// The admin user list's query string, validated: a malformed value means "no filter", so a hand-edited URL still
// shows a page.
import { z } from "zod";
import { roles } from "../auth/roles";

export const userFiltersSchema = z.object({
  q: z.string().trim().toLowerCase().max(254).optional().catch(undefined),
  role: z.enum(roles).optional().catch(undefined),
  after: z.string().optional().catch(undefined),
});
export type UserFilters = z.infer<typeof userFiltersSchema>;
