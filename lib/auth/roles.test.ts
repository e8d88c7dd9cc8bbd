import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { ADMIN_ONLY, ANY_USER, assertNotSelf, assertRole, STAFF, type Principal } from "./roles";

const user = (role: Principal["role"], extra: Partial<Principal> = {}): Principal => ({
  id: `${role}-1`,
  email: `${role.toLowerCase()}@example.org`,
  role,
  disabled: false,
  organizationId: null,
  ...extra,
});

const code = (fn: () => unknown) => {
  try {
    fn();
    return "ok";
  } catch (e) {
    return e instanceof AppError ? `${e.code}:${e.status}` : "other";
  }
};

describe("role rules", () => {
  const matrix: [string, Principal | null, readonly Principal["role"][], string][] = [
    ["anonymous, any user", null, ANY_USER, "UNAUTHENTICATED:401"],
    ["anonymous, staff", null, STAFF, "UNAUTHENTICATED:401"],
    ["customer, any user", user("CUSTOMER"), ANY_USER, "ok"],
    ["customer, staff", user("CUSTOMER"), STAFF, "FORBIDDEN:403"],
    ["sales, staff", user("SALES"), STAFF, "ok"],
    ["sales, admin", user("SALES"), ADMIN_ONLY, "FORBIDDEN:403"],
    ["admin, staff", user("ADMIN"), STAFF, "ok"],
    ["admin, admin", user("ADMIN"), ADMIN_ONLY, "ok"],
    ["disabled admin", user("ADMIN", { disabled: true }), ADMIN_ONLY, "UNAUTHENTICATED:401"],
  ];
  it.each(matrix)("%s", (_label, principal, allowed, expected) => {
    expect(code(() => assertRole(principal, allowed))).toBe(expected);
  });

  it("returns the principal it checked", () => {
    const admin = user("ADMIN");
    expect(assertRole(admin, STAFF)).toBe(admin);
  });

  it("stops admins from demoting or disabling themselves", () => {
    const admin = user("ADMIN");
    expect(code(() => assertNotSelf(admin, admin.id, "disable"))).toBe("CONFLICT:409");
    expect(code(() => assertNotSelf(admin, "someone-else", "disable"))).toBe("ok");
  });
});
