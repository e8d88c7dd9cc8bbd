// The one wrapper every server action goes through: size check, session and role check (before anything else, so
// an anonymous caller learns nothing from validation errors), zod parsing, then the handler. Errors come back as
// an ActionResult for useActionState; Next's redirect()/notFound() pass through.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError, isAppError } from "../errors/app-error";
import { requireRole } from "../auth/guards";
import { getCurrentUser } from "../auth/current-user";
import type { SessionUser } from "../auth/session";
import type { Role } from "../auth/roles";
import { fieldErrorsOf } from "../validations/form";
import { echoValues, formDataFiles, formDataSize, formDataToObject } from "./form-data";
import { requestIp } from "./request";
import type { ActionResult, ActionState } from "./types";
import { log } from "../log";

interface Options<S extends z.ZodType> {
  schema: S;
  /** Largest accepted submission; bigger ones are refused unread (413). */
  maxBytes?: number;
  /** Fields never echoed back (secrets, anti-spam fields). */
  noEcho?: readonly string[];
}

interface Context<U> {
  user: U;
  ip: string;
  raw: Record<string, string | string[]>;
  /** Uploaded files by field name (already within maxBytes); handlers that take none ignore them. */
  files: Record<string, File[]>;
}

type Handler<S extends z.ZodType, U, T> = (input: z.output<S>, ctx: Context<U>) => Promise<ActionResult<T>>;

function run<S extends z.ZodType, U, T>(
  opts: Options<S>,
  loadUser: () => Promise<U>,
  handler: Handler<S, U, T>,
): (prev: ActionState<T>, formData: FormData) => Promise<ActionResult<T>> {
  return async (_prev, formData) => {
    let raw: Record<string, string | string[]> = {};
    try {
      if (!(formData instanceof FormData)) throw new AppError("VALIDATION", "Expected a form submission.");
      if (formDataSize(formData) > (opts.maxBytes ?? 64 * 1024)) throw new AppError("PAYLOAD_TOO_LARGE");
      const user = await loadUser();
      raw = formDataToObject(formData);
      const parsed = opts.schema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError("VALIDATION", undefined, { fieldErrors: fieldErrorsOf(parsed.error) });
      }
      return await handler(parsed.data, { user, ip: await requestIp(), raw, files: formDataFiles(formData) });
    } catch (e) {
      unstable_rethrow(e);
      const err = isAppError(e) ? e : new AppError("INTERNAL", undefined, { cause: e });
      if (err.code === "INTERNAL") log.error("server action failed:", e);
      const echo =
        err.code === "UNAUTHENTICATED" || err.code === "FORBIDDEN" ? undefined : echoValues(raw, opts.noEcho);
      return { ok: false, code: err.code, error: err.message, fieldErrors: err.fieldErrors, values: echo };
    }
  };
}

/** An action anyone may call (the enquiry form, sign-in); the user is loaded when there is one. */
export function publicAction<S extends z.ZodType, T = undefined>(
  opts: Options<S>,
  handler: Handler<S, SessionUser | null, T>,
) {
  return run(opts, getCurrentUser, handler);
}

/** An action for signed-in users with one of `roles`; others get 401/403 before their input is read. */
export function roleAction<S extends z.ZodType, T = undefined>(
  roles: readonly Role[],
  opts: Options<S>,
  handler: Handler<S, SessionUser, T>,
) {
  return run(opts, () => requireRole(roles), handler);
}
