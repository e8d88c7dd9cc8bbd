// The licence lifecycle. A licence starts only with an agreement acceptance: from a paid order (the buyer accepted at
// checkout) or, for a deal closed outside the app, granted by sales as PENDING until a member of the organisation
// accepts. Every change is audited in its own transaction and mailed to the organisation afterwards.
import type { Db } from "../db/create-client";
import { AppError } from "../errors/app-error";
import { recordAudit, type AuditActor } from "../audit/record";
import { recordAcceptance } from "./agreements";
import { cohortColumns, type CohortSnapshot } from "./cohort";
import { organizationEmails, sendAll, type LicensingDeps } from "./deps";
import { addMonths } from "./effective-status";
import { licenceChangedMail } from "./mail";
import { licenceNumber, nextSequence, type Tx } from "./sequence";
import type { Use } from "./uses";

type Licence = NonNullable<Awaited<ReturnType<Db["licence"]["findUnique"]>>>;

export const licenceUrl = (appUrl: string, id: string) => `${appUrl}/account/licences/${id}`;

async function notify(
  deps: LicensingDeps,
  kind: Parameters<typeof licenceChangedMail>[0],
  l: Licence,
  reason?: string | null,
) {
  const mail = await licenceChangedMail(kind, l, licenceUrl(deps.appUrl, l.id), reason);
  const to = await organizationEmails(deps.db, l.organizationId);
  await sendAll(
    deps,
    to.map((t) => ({ to: t, ...mail })),
  );
}

/** Inside a payment transaction: the order's licence, active from now. Idempotent (one licence per order). */
export async function activateLicenceForOrder(tx: Tx, orderId: string, now: Date, datasetSlug: string) {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
  const existing = await tx.licence.findUnique({ where: { orderId } });
  if (existing) return { licence: existing, created: false };
  const licence = await tx.licence.create({
    data: {
      number: licenceNumber(await nextSequence(tx, "licence")),
      organizationId: order.organizationId,
      datasetSlug,
      use: order.use,
      cohortId: order.cohortId,
      cohortFilter: order.cohortFilter,
      cohortLabel: order.cohortLabel,
      catalogueVersion: order.catalogueVersion,
      studyCount: order.studyCount,
      sizeBytes: order.sizeBytes,
      orderId,
      acceptanceId: order.acceptanceId,
      status: "ACTIVE",
      termMonths: order.termMonths,
      startsAt: now,
      expiresAt: addMonths(now, order.termMonths),
    },
  });
  return { licence, created: true };
}

export const notifyLicenceActivated = (deps: LicensingDeps, l: Licence) => notify(deps, "activated", l);

async function load(db: Db | Tx, id: string) {
  const l = await db.licence.findUnique({ where: { id } });
  if (!l) throw new AppError("NOT_FOUND", "Licence not found.");
  return l;
}

export async function grantLicence(
  deps: LicensingDeps,
  actor: AuditActor,
  input: {
    organizationId: string;
    use: Use;
    cohort: CohortSnapshot;
    termMonths: number;
    reason: string;
    datasetSlug: string;
  },
  ip?: string,
) {
  const org = await deps.db.organization.findUnique({ where: { id: input.organizationId }, select: { id: true } });
  if (!org)
    throw new AppError("VALIDATION", undefined, { fieldErrors: { organizationId: ["Choose an organisation"] } });
  const l = await deps.db.$transaction(async (tx) => {
    const licence = await tx.licence.create({
      data: {
        number: licenceNumber(await nextSequence(tx, "licence")),
        organizationId: input.organizationId,
        datasetSlug: input.datasetSlug,
        use: input.use,
        ...cohortColumns(input.cohort),
        status: "PENDING",
        termMonths: input.termMonths,
        grantedById: actor.id,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "licence.granted",
      targetType: "licence",
      targetId: licence.id,
      details: { organizationId: input.organizationId, reason: input.reason, studyCount: input.cohort.studyCount },
      ip,
    });
    return licence;
  });
  await notify(deps, "granted", l, input.reason);
  return l;
}

/** A member of the licence's organisation accepts the agreement for a granted licence, which starts it. */
export async function acceptGrantedLicence(
  deps: LicensingDeps,
  user: { id: string; email: string; organizationId: string | null },
  input: {
    licenceId: string;
    agreementVersionId: string;
    sha256: string;
    ip?: string | null;
    userAgent?: string | null;
  },
) {
  const now = deps.now();
  const l = await deps.db.$transaction(async (tx) => {
    const l = await load(tx, input.licenceId);
    if (!user.organizationId || l.organizationId !== user.organizationId)
      throw new AppError("NOT_FOUND", "Licence not found.");
    if (l.status !== "PENDING") throw new AppError("CONFLICT", "This licence does not wait for an acceptance.");
    const acceptance = await recordAcceptance(
      tx,
      {
        agreementVersionId: input.agreementVersionId,
        sha256: input.sha256,
        use: l.use,
        user,
        organizationId: l.organizationId,
        ip: input.ip,
        userAgent: input.userAgent,
      },
      now,
    );
    const { count } = await tx.licence.updateMany({
      where: { id: l.id, status: "PENDING" },
      data: { status: "ACTIVE", acceptanceId: acceptance.id, startsAt: now, expiresAt: addMonths(now, l.termMonths) },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    await recordAudit(tx, {
      actor: user,
      action: "licence.accepted",
      targetType: "licence",
      targetId: l.id,
      details: { agreementVersionId: input.agreementVersionId, sha256: input.sha256 },
      ip: input.ip,
    });
    return tx.licence.findUniqueOrThrow({ where: { id: l.id } });
  });
  await notify(deps, "activated", l);
  return l;
}

export async function extendLicence(deps: LicensingDeps, actor: AuditActor, id: string, months: number, ip?: string) {
  const l = await deps.db.$transaction(async (tx) => {
    const l = await load(tx, id);
    if (l.status === "REVOKED") throw new AppError("CONFLICT", "A revoked licence cannot be extended.");
    const data = l.expiresAt
      ? { expiresAt: addMonths(l.expiresAt.getTime() > deps.now().getTime() ? l.expiresAt : deps.now(), months) }
      : { termMonths: l.termMonths + months };
    const updated = await tx.licence.update({ where: { id }, data });
    await recordAudit(tx, {
      actor,
      action: "licence.extended",
      targetType: "licence",
      targetId: id,
      details: { months, from: l.expiresAt, to: updated.expiresAt },
      ip,
    });
    return updated;
  });
  await notify(deps, "extended", l);
  return l;
}

export async function revokeLicence(
  deps: LicensingDeps,
  actor: AuditActor | null,
  id: string,
  reason: string,
  ip?: string,
) {
  const l = await deps.db.$transaction((tx) => revokeInTx(tx, actor, id, reason, deps.now(), ip));
  if (l) await notify(deps, "revoked", l, reason);
  return l;
}

/** Revokes inside a transaction (also used when a payment is refunded); null when it was already revoked. */
export async function revokeInTx(tx: Tx, actor: AuditActor | null, id: string, reason: string, now: Date, ip?: string) {
  const { count } = await tx.licence.updateMany({
    where: { id, status: { not: "REVOKED" } },
    data: { status: "REVOKED", revokedReason: reason, revokedAt: now },
  });
  if (count === 0) return null;
  await recordAudit(tx, {
    actor,
    action: "licence.revoked",
    targetType: "licence",
    targetId: id,
    details: { reason },
    ip,
  });
  return tx.licence.findUniqueOrThrow({ where: { id } });
}

export async function setSuspended(
  deps: LicensingDeps,
  actor: AuditActor,
  id: string,
  suspend: boolean,
  reason: string,
  ip?: string,
) {
  const from = suspend ? "ACTIVE" : "SUSPENDED";
  const to = suspend ? "SUSPENDED" : "ACTIVE";
  const l = await deps.db.$transaction(async (tx) => {
    const { count } = await tx.licence.updateMany({
      where: { id, status: from },
      data: { status: to, revokedReason: suspend ? reason || null : null },
    });
    if (count === 0)
      throw new AppError(
        "CONFLICT",
        suspend ? "Only an active licence can be suspended." : "Only a suspended licence can be reinstated.",
      );
    await recordAudit(tx, {
      actor,
      action: suspend ? "licence.suspended" : "licence.reinstated",
      targetType: "licence",
      targetId: id,
      details: { reason },
      ip,
    });
    return tx.licence.findUniqueOrThrow({ where: { id } });
  });
  await notify(deps, suspend ? "suspended" : "reinstated", l, reason || null);
  return l;
}
