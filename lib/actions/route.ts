// The wrapper for protected route handlers: checks session and role, then maps any AppError to its HTTP status.
import "server-only";
import { errorResponse } from "../errors/app-error";
import { requireRole } from "../auth/guards";
import type { SessionUser } from "../auth/session";
import type { Role } from "../auth/roles";

type Ctx<P> = { params: Promise<P> };

export function roleRoute<P = Record<string, string>>(
  roles: readonly Role[],
  handler: (req: Request, ctx: { user: SessionUser; params: P }) => Promise<Response>,
) {
  return async (req: Request, ctx: Ctx<P>): Promise<Response> => {
    try {
      const user = await requireRole(roles);
      return await handler(req, { user, params: await ctx.params });
    } catch (e) {
      return errorResponse(e);
    }
  };
}
