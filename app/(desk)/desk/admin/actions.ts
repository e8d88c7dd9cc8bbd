"use server";

import { revalidatePath } from "next/cache";
import { roleAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/types";
import { ADMIN_ONLY } from "@/lib/auth/roles";
import { deps } from "@/app/_bind/deps";
import {
  addOrganization,
  changeUserRole,
  inviteUser,
  renameOrg,
  setUserDisabled,
  setUserOrganization,
} from "@/lib/users/admin";
import {
  changeRoleSchema,
  inviteUserSchema,
  organizationSchema,
  renameOrganizationSchema,
  setDisabledSchema,
  setOrganizationSchema,
} from "@/lib/validations/admin";

const USERS = "/desk/admin/users";
const ORGS = "/desk/admin/organizations";

export const inviteUserAction = roleAction(ADMIN_ONLY, { schema: inviteUserSchema }, async (input, { user, ip }) => {
  const invited = await inviteUser(deps(), user, input, ip);
  revalidatePath(USERS);
  return ok(undefined, `Invited ${invited.email}.`);
});

export const changeRoleAction = roleAction(ADMIN_ONLY, { schema: changeRoleSchema }, async (input, { user, ip }) => {
  const r = await changeUserRole(deps(), user, input.userId, input.role, ip);
  revalidatePath(USERS);
  return ok(undefined, `${r.email} is now ${r.to.toLowerCase()}.`);
});

export const setDisabledAction = roleAction(ADMIN_ONLY, { schema: setDisabledSchema }, async (input, { user, ip }) => {
  const r = await setUserDisabled(deps(), user, input.userId, input.disabled, ip);
  revalidatePath(USERS);
  return ok(undefined, `${r.email} is ${r.disabled ? "disabled and signed out" : "enabled"}.`);
});

export const setOrganizationAction = roleAction(
  ADMIN_ONLY,
  { schema: setOrganizationSchema },
  async (input, { user, ip }) => {
    await setUserOrganization(deps(), user, input.userId, input.organizationId || null, ip);
    revalidatePath(USERS);
    revalidatePath(ORGS);
    return ok(undefined, "Organisation saved.");
  },
);

export const createOrganizationAction = roleAction(
  ADMIN_ONLY,
  { schema: organizationSchema },
  async (input, { user, ip }) => {
    const org = await addOrganization(deps(), user, input.name, ip);
    revalidatePath(ORGS);
    return ok(undefined, `Created ${org.name}.`);
  },
);

export const renameOrganizationAction = roleAction(
  ADMIN_ONLY,
  { schema: renameOrganizationSchema },
  async (input, { user, ip }) => {
    const r = await renameOrg(deps(), user, input.organizationId, input.name, ip);
    revalidatePath(ORGS);
    return ok(undefined, `Renamed to ${r.after}.`);
  },
);
