// One code, one status: the mapping, the default messages, and the JSON response route handlers send.
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, errorCodes, errorResponse, httpStatus, isAppError } from "./app-error";

afterEach(() => vi.restoreAllMocks());

describe("AppError", () => {
  it("maps every code to its HTTP status", () => {
    expect(Object.fromEntries(errorCodes.map((c) => [c, httpStatus(c)]))).toEqual({
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      VALIDATION: 422,
      RATE_LIMITED: 429,
      PAYLOAD_TOO_LARGE: 413,
      CONFLICT: 409,
      INTERNAL: 500,
    });
    expect(new AppError("CONFLICT").status).toBe(409);
  });

  it("has a default message per code, overridable, and keeps field errors, retryAfter and cause", () => {
    expect(new AppError("UNAUTHENTICATED").message).toBe("Please sign in to continue.");
    const cause = new Error("db down");
    const e = new AppError("VALIDATION", "Fix it", { fieldErrors: { email: ["Bad"] }, retryAfter: 5, cause });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("AppError");
    expect(e.message).toBe("Fix it");
    expect(e.fieldErrors).toEqual({ email: ["Bad"] });
    expect(e.retryAfter).toBe(5);
    expect(e.cause).toBe(cause);
    expect(isAppError(e)).toBe(true);
    expect(isAppError(new Error("x"))).toBe(false);
    expect(isAppError({ code: "VALIDATION" })).toBe(false);
  });
});

describe("errorResponse", () => {
  it("answers an AppError with its status, code, message, field errors, no-store and Retry-After", async () => {
    const r = errorResponse(new AppError("RATE_LIMITED", undefined, { retryAfter: 42 }));
    expect(r.status).toBe(429);
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(r.headers.get("retry-after")).toBe("42");
    expect(await r.json()).toEqual({
      error: "Too many attempts. Please wait a little and try again.",
      code: "RATE_LIMITED",
    });

    const v = errorResponse(new AppError("VALIDATION", undefined, { fieldErrors: { name: ["Enter a name"] } }));
    expect(v.status).toBe(422);
    expect(v.headers.get("retry-after")).toBeNull();
    expect(await v.json()).toMatchObject({ code: "VALIDATION", fieldErrors: { name: ["Enter a name"] } });
  });

  it("answers an unknown error with a generic 500, logging it but not leaking its message", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const r = errorResponse(new Error("secret connection string postgres://u:p@h"));
    expect(r.status).toBe(500);
    const body = await r.json();
    expect(body).toEqual({ error: "Something went wrong on our side. Please try again.", code: "INTERNAL" });
    expect(JSON.stringify(body)).not.toContain("postgres://");
    expect(logged).toHaveBeenCalledOnce();
    expect(String(logged.mock.calls[0]?.[0])).toContain("secret connection string");
  });

  it("does not log expected errors", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    errorResponse(new AppError("NOT_FOUND"));
    expect(logged).not.toHaveBeenCalled();
  });
});
