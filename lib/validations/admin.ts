// Inputs of the admin actions: users, roles and organisations.
import { z } from "zod";
import { roles } from "../auth/roles";
import { email, nameText } from "./form";

const id = z.string().trim().min(1, "Missing id").max(64);
const role = z.enum(roles, { error: "Choose a role" });
const optionalOrgId = z.string().trim().max(64);

export const inviteUserSchema = z.object({
  email: email(),
  name: z.string().trim().max(120).optional(),
  role,
  organizationId: optionalOrgId,
});

export const changeRoleSchema = z.object({ userId: id, role });

export const setDisabledSchema = z.object({
  userId: id,
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const setOrganizationSchema = z.object({ userId: id, organizationId: optionalOrgId });

export const organizationSchema = z.object({ name: nameText("an organisation name", 2, 200) });

export const renameOrganizationSchema = z.object({
  organizationId: id,
  name: nameText("an organisation name", 2, 200),
});
