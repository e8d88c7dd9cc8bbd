// Who may see an organisation's records: its members and staff; everyone else is told "not found".
import { describe, expect, it } from "vitest";
import { isAppError } from "../errors/app-error";
import { assertCanSee, canSeeOrganization, isStaff } from "./access";

const member = { role: "CUSTOMER", organizationId: "org-a" } as const;
const loner = { role: "CUSTOMER", organizationId: null } as const;

describe("licensing access", () => {
  it("staff are SALES and ADMIN only", () => {
    expect(isStaff({ role: "SALES" })).toBe(true);
    expect(isStaff({ role: "ADMIN" })).toBe(true);
    expect(isStaff({ role: "CUSTOMER" })).toBe(false);
  });

  it("members see their organisation, not another; users without one see none; staff see all", () => {
    expect(canSeeOrganization(member, "org-a")).toBe(true);
    expect(canSeeOrganization(member, "org-b")).toBe(false);
    expect(canSeeOrganization(loner, "")).toBe(false);
    expect(canSeeOrganization({ role: "SALES", organizationId: null }, "org-b")).toBe(true);
  });

  it("assertCanSee returns the row it may see, and the same NOT_FOUND for a missing row and another's row", () => {
    const row = { id: "q1", organizationId: "org-a" };
    expect(assertCanSee(member, row)).toBe(row);
    for (const [u, r] of [
      [member, null],
      [member, { id: "q2", organizationId: "org-b" }],
      [loner, { id: "q3", organizationId: "" }],
    ] as const) {
      let err: unknown;
      try {
        assertCanSee(u, r);
      } catch (e) {
        err = e;
      }
      expect(isAppError(err) && err.code).toBe("NOT_FOUND");
      expect((err as Error).message).toBe("Not found.");
    }
    expect(() => assertCanSee(member, null, "No such quote.")).toThrow("No such quote.");
  });
});
