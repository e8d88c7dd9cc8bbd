import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./form";
import {
  changeRoleSchema,
  inviteUserSchema,
  organizationSchema,
  renameOrganizationSchema,
  setDisabledSchema,
  setOrganizationSchema,
} from "./admin";

describe("admin schemas", () => {
  it("invites with a normalised email, a known role and an optional organisation", () => {
    expect(
      inviteUserSchema.parse({ email: " New@Example.org ", role: "SALES", organizationId: "", name: " N " }),
    ).toEqual({ email: "new@example.org", role: "SALES", organizationId: "", name: "N" });
    const r = inviteUserSchema.safeParse({ email: "x", role: "ROOT", organizationId: "" });
    expect(fieldErrorsOf(r.error!)).toEqual({
      email: ["Enter a valid email address, like name@example.org"],
      role: ["Choose a role"],
    });
  });

  it("requires ids and refuses over-long ones", () => {
    expect(fieldErrorsOf(changeRoleSchema.safeParse({ userId: " ", role: "ADMIN" }).error!)).toEqual({
      userId: ["Missing id"],
    });
    expect(changeRoleSchema.safeParse({ userId: "u".repeat(65), role: "ADMIN" }).success).toBe(false);
    expect(setOrganizationSchema.parse({ userId: "u1", organizationId: "" })).toEqual({
      userId: "u1",
      organizationId: "",
    });
  });

  it("reads disabled as exactly 'true' or 'false'", () => {
    expect(setDisabledSchema.parse({ userId: "u", disabled: "true" }).disabled).toBe(true);
    expect(setDisabledSchema.parse({ userId: "u", disabled: "false" }).disabled).toBe(false);
    expect(setDisabledSchema.safeParse({ userId: "u", disabled: "on" }).success).toBe(false);
  });

  it("cleans organisation names and bounds them", () => {
    expect(organizationSchema.parse({ name: "  Spine\u202E Lab " }).name).toBe("Spine Lab");
    expect(fieldErrorsOf(organizationSchema.safeParse({ name: "A" }).error!)).toEqual({
      name: ["Organisation name must be at least 2 characters"],
    });
    expect(renameOrganizationSchema.safeParse({ organizationId: "o", name: "x".repeat(201) }).success).toBe(false);
  });
});
