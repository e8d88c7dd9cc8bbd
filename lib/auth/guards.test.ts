// The authorisation entry points. The signed-in user comes from getCurrentUser, the request-scoped edge (Next's
// cookies() exist only inside a request), so that one module is a double here; the role rules and Next's own
// redirect() and forbidden() are real, and the test reads what they throw.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "./session";

const who = vi.hoisted(() => ({ user: null as SessionUser | null, fail: null as Error | null }));
vi.mock("./current-user", () => ({
  getCurrentUser: async () => {
    if (who.fail) throw who.fail;
    return who.user;
  },
}));

const { requirePageRole, requireRole } = await import("./guards");

const user = (role: SessionUser["role"], disabled = false) =>
  ({ id: "u1", email: "u@example.org", role, disabled, organizationId: null }) as SessionUser;

/** The digest Next puts on the errors redirect() and forbidden() throw. */
async function digestOf(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  return String((e as { digest?: unknown } | undefined)?.digest);
}

beforeEach(() => {
  // What next.config.ts's experimental.authInterrupts sets in the build; without it forbidden() refuses to run.
  vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
  who.user = null;
  who.fail = null;
});

afterEach(() => vi.unstubAllEnvs());

describe("requireRole", () => {
  it("returns the user when the role is allowed; any signed-in user by default", async () => {
    who.user = user("SALES");
    expect(await requireRole(["SALES", "ADMIN"])).toBe(who.user);
    expect(await requireRole()).toBe(who.user);
  });

  it("throws 401 for nobody and for a disabled account, 403 for a role not allowed", async () => {
    await expect(requireRole()).rejects.toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
    who.user = user("ADMIN", true);
    await expect(requireRole(["ADMIN"])).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    who.user = user("CUSTOMER");
    await expect(requireRole(["ADMIN"])).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
  });
});

describe("requirePageRole", () => {
  it("returns the user when allowed", async () => {
    who.user = user("ADMIN");
    expect(await requirePageRole(["ADMIN"], "/desk/users")).toBe(who.user);
  });

  it("sends an anonymous visitor to sign in, coming back to the page", async () => {
    const digest = await digestOf(requirePageRole(["ADMIN"], "/desk/users?page=2&q=a b"));
    expect(digest).toMatch(/^NEXT_REDIRECT;/);
    const location = digest.split(";")[2]!;
    expect(location.startsWith("/sign-in?")).toBe(true);
    expect(new URLSearchParams(location.slice("/sign-in?".length)).get("callbackUrl")).toBe("/desk/users?page=2&q=a b");
  });

  it("shows a disabled account the sign-in page too, and a wrong role the 403 page", async () => {
    who.user = user("ADMIN", true);
    expect(await digestOf(requirePageRole(["ADMIN"], "/desk"))).toMatch(/^NEXT_REDIRECT;/);
    who.user = user("CUSTOMER");
    expect(await digestOf(requirePageRole(["SALES", "ADMIN"], "/desk"))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
  });

  it("lets other failures through unchanged", async () => {
    who.fail = new Error("database down");
    await expect(requirePageRole(["ADMIN"], "/desk")).rejects.toThrow("database down");
    who.fail = new AppError("RATE_LIMITED");
    await expect(requirePageRole(["ADMIN"], "/desk")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});
