// Admin operations on users and organisations. Each change and its audit row share one transaction; the invitation
// mail goes after the commit. Callers have already checked the role.
import type { Deps } from "../deps";
import { AppError } from "../errors/app-error";
import { audited } from "../audit/audited";
import { assertNotSelf, type Role } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { invitationMail } from "../email/templates/invitation";
import { changeRole, setDisabled, setOrganization } from "./manage";
import { createOrganization, renameOrganization } from "./organizations";
import { upsertUser } from "./upsert-user";

type AdminDeps = Pick<Deps, "db" | "send"> & { appUrl: string };

export async function inviteUser(
  deps: AdminDeps,
  actor: SessionUser,
  input: { email: string; name?: string; role: Role; organizationId: string },
  ip: string,
) {
  const { db } = deps;
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("CONFLICT", undefined, {
      fieldErrors: { email: ["This address already has an account: change its role in the list"] },
    });
  }
  const { user } = await audited(
    db,
    (tx) =>
      upsertUser(tx, {
        email: input.email,
        role: input.role,
        name: input.name || null,
        organization: { id: input.organizationId || null },
      }),
    ({ user }) => ({
      actor,
      action: "user.invited",
      targetType: "user",
      targetId: user.id,
      details: { email: user.email, role: user.role, organizationId: user.organizationId },
      ip,
    }),
  );
  await deps.send({
    to: user.email,
    ...(await invitationMail({
      signInUrl: `${deps.appUrl}/sign-in`,
      role: user.role,
      organization: user.organization?.name,
    })),
  });
  return user;
}

export async function changeUserRole(
  { db }: Pick<Deps, "db">,
  actor: SessionUser,
  userId: string,
  role: Role,
  ip: string,
) {
  assertNotSelf(actor, userId, "change the role of");
  return audited(
    db,
    (tx) => changeRole(tx, userId, role),
    (r) => ({ actor, action: "user.role_changed", targetType: "user", targetId: userId, details: r, ip }),
  );
}

export async function setUserDisabled(
  { db }: Pick<Deps, "db">,
  actor: SessionUser,
  userId: string,
  disabled: boolean,
  ip: string,
) {
  assertNotSelf(actor, userId, "disable");
  return audited(
    db,
    (tx) => setDisabled(tx, userId, disabled),
    (r) => ({
      actor,
      action: disabled ? "user.disabled" : "user.enabled",
      targetType: "user",
      targetId: userId,
      details: { email: r.email },
      ip,
    }),
  );
}

export async function setUserOrganization(
  { db }: Pick<Deps, "db">,
  actor: SessionUser,
  userId: string,
  organizationId: string | null,
  ip: string,
) {
  return audited(
    db,
    (tx) => setOrganization(tx, userId, organizationId),
    (r) => ({ actor, action: "user.organization_changed", targetType: "user", targetId: userId, details: r, ip }),
  );
}

export async function addOrganization({ db }: Pick<Deps, "db">, actor: SessionUser, name: string, ip: string) {
  return audited(
    db,
    (tx) => createOrganization(tx, name),
    (org) => ({
      actor,
      action: "organization.created",
      targetType: "organization",
      targetId: org.id,
      details: { name: org.name },
      ip,
    }),
  );
}

export async function renameOrg({ db }: Pick<Deps, "db">, actor: SessionUser, id: string, name: string, ip: string) {
  return audited(
    db,
    (tx) => renameOrganization(tx, id, name),
    (r) => ({ actor, action: "organization.renamed", targetType: "organization", targetId: id, details: r, ip }),
  );
}
