import type { ErrorCode } from "../errors/app-error";

/** What every server action returns to useActionState: data, or an error with per-field messages. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      code: ErrorCode;
      error: string;
      fieldErrors?: Record<string, string[]>;
      /** The submitted values, so a form re-rendered without JavaScript keeps what the user typed. */
      values?: Record<string, string | string[]>;
    };

export type ActionState<T = undefined> = ActionResult<T> | null;

export const ok = <T>(data: T, message?: string): ActionResult<T> => ({ ok: true, data, message });
