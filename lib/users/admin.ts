// Admin operations on users and organisations, each with its audit entry. Callers have already checked the role.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { assertNotSelf, type Role } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { sendMail } from "../email";
import { invitationMail } from "../email/templates/invitation";
import { changeRole, setDisabled, setOrganization } from "./manage";
import { createOrganization, renameOrganization } from "./organizations";
import { upsertUser } from "./upsert-user";

export async function inviteUser(actor: SessionUser, input: { email: string; name?: string; role: Role; organizationId: string }, ip: string) {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("CONFLICT", undefined, { fieldErrors: { email: ["This address already has an account: change its role in the list"] } });
  }
  const { user } = await upsertUser(db, {
    email: input.email,
    role: input.role,
    name: input.name || null,
    organization: { id: input.organizationId || null },
  });
  await recordAudit(db, { actor, action: "user.invited", targetType: "user", targetId: user.id, details: { email: user.email, role: user.role, organizationId: user.organizationId }, ip });
  await sendMail({ to: user.email, ...invitationMail({ signInUrl: `${env.APP_URL}/sign-in`, role: user.role, organization: user.organization?.name }) });
  return user;
}

export async function changeUserRole(actor: SessionUser, userId: string, role: Role, ip: string) {
  assertNotSelf(actor, userId, "change the role of");
  const r = await changeRole(db, userId, role);
  await recordAudit(db, { actor, action: "user.role_changed", targetType: "user", targetId: userId, details: r, ip });
  return r;
}

export async function setUserDisabled(actor: SessionUser, userId: string, disabled: boolean, ip: string) {
  assertNotSelf(actor, userId, "disable");
  const r = await setDisabled(db, userId, disabled);
  await recordAudit(db, { actor, action: disabled ? "user.disabled" : "user.enabled", targetType: "user", targetId: userId, details: { email: r.email }, ip });
  return r;
}

export async function setUserOrganization(actor: SessionUser, userId: string, organizationId: string | null, ip: string) {
  const r = await setOrganization(db, userId, organizationId);
  await recordAudit(db, { actor, action: "user.organization_changed", targetType: "user", targetId: userId, details: r, ip });
  return r;
}

export async function addOrganization(actor: SessionUser, name: string, ip: string) {
  const org = await createOrganization(db, name);
  await recordAudit(db, { actor, action: "organization.created", targetType: "organization", targetId: org.id, details: { name: org.name }, ip });
  return org;
}

export async function renameOrg(actor: SessionUser, id: string, name: string, ip: string) {
  const r = await renameOrganization(db, id, name);
  await recordAudit(db, { actor, action: "organization.renamed", targetType: "organization", targetId: id, details: r, ip });
  return r;
}
