// Typed application errors. The code decides the HTTP status in exactly one place (httpStatus), so route handlers,
// server actions and pages answer the same way for the same failure.
import { log } from "../log";
export const errorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION",
  "RATE_LIMITED",
  "PAYLOAD_TOO_LARGE",
  "CONFLICT",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

const statusByCode: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  CONFLICT: 409,
  INTERNAL: 500,
};

const defaultMessages: Record<ErrorCode, string> = {
  UNAUTHENTICATED: "Please sign in to continue.",
  FORBIDDEN: "You do not have access to this.",
  NOT_FOUND: "Not found.",
  VALIDATION: "Please correct the highlighted fields.",
  RATE_LIMITED: "Too many attempts. Please wait a little and try again.",
  PAYLOAD_TOO_LARGE: "The submission is too large.",
  CONFLICT: "This conflicts with the current state. Reload and try again.",
  INTERNAL: "Something went wrong on our side. Please try again.",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  /** Seconds a rate-limited caller should wait (Retry-After). */
  readonly retryAfter?: number;

  constructor(
    code: ErrorCode,
    message?: string,
    extra: { fieldErrors?: Record<string, string[]>; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(message ?? defaultMessages[code], { cause: extra.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = extra.fieldErrors;
    this.retryAfter = extra.retryAfter;
  }

  get status(): number {
    return httpStatus(this.code);
  }
}

export function httpStatus(code: ErrorCode): number {
  return statusByCode[code];
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** The JSON response a route handler sends for an error; unknown errors are logged and answered generically. */
export function errorResponse(e: unknown): Response {
  const err = isAppError(e) ? e : new AppError("INTERNAL", undefined, { cause: e });
  if (err.code === "INTERNAL") log.error(e);
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (err.retryAfter) headers["retry-after"] = String(err.retryAfter);
  return Response.json(
    { error: err.message, code: err.code, ...(err.fieldErrors ? { fieldErrors: err.fieldErrors } : {}) },
    { status: err.status, headers },
  );
}
