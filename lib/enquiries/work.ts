// What sales does to an enquiry. Each change writes a timeline event (who, when, what) and an audit entry in the
// same transaction, so the two can never disagree.
import type { Db } from "../db/create-client";
import { AppError } from "../errors/app-error";
import { recordAudit, type AuditActor } from "../audit/record";
import type { EnquiryStatusValue } from "../validations/desk";

type Actor = AuditActor & { name: string | null };

async function load(db: Db, id: string) {
  const e = await db.enquiry.findUnique({
    where: { id },
    select: { id: true, status: true, assigneeId: true, email: true, name: true },
  });
  if (!e) throw new AppError("NOT_FOUND", "Enquiry not found.");
  return e;
}

export async function changeStatus(db: Db, actor: Actor, id: string, status: EnquiryStatusValue, ip?: string) {
  const e = await load(db, id);
  if (e.status === status) return { changed: false };
  await db.$transaction(async (tx) => {
    await tx.enquiry.update({ where: { id }, data: { status } });
    await tx.enquiryEvent.create({
      data: { enquiryId: id, actorId: actor.id, type: "status", data: JSON.stringify({ from: e.status, to: status }) },
    });
    await recordAudit(tx, {
      actor,
      action: "enquiry.status_changed",
      targetType: "enquiry",
      targetId: id,
      details: { from: e.status, to: status },
      ip,
    });
  });
  return { changed: true };
}

export async function assignEnquiry(db: Db, actor: Actor, id: string, assigneeId: string | null, ip?: string) {
  const e = await load(db, id);
  let assignee: { id: string; email: string; name: string | null } | null = null;
  if (assigneeId) {
    assignee = await db.user.findFirst({
      where: { id: assigneeId, role: { in: ["SALES", "ADMIN"] }, disabled: false },
      select: { id: true, email: true, name: true },
    });
    if (!assignee)
      throw new AppError("VALIDATION", undefined, { fieldErrors: { assigneeId: ["Choose an active sales user"] } });
  }
  if (e.assigneeId === (assignee?.id ?? null)) return { changed: false };
  const details = {
    from: e.assigneeId,
    to: assignee?.id ?? null,
    toEmail: assignee?.email ?? null,
    toName: assignee?.name ?? null,
  };
  await db.$transaction(async (tx) => {
    await tx.enquiry.update({ where: { id }, data: { assigneeId: assignee?.id ?? null } });
    await tx.enquiryEvent.create({
      data: { enquiryId: id, actorId: actor.id, type: "assigned", data: JSON.stringify(details) },
    });
    await recordAudit(tx, { actor, action: "enquiry.assigned", targetType: "enquiry", targetId: id, details, ip });
  });
  return { changed: true };
}

export async function addNote(db: Db, actor: Actor, id: string, body: string, ip?: string) {
  await load(db, id);
  await db.$transaction(async (tx) => {
    await tx.enquiryEvent.create({ data: { enquiryId: id, actorId: actor.id, type: "note", body } });
    await tx.enquiry.update({ where: { id }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actor,
      action: "enquiry.note_added",
      targetType: "enquiry",
      targetId: id,
      details: { length: body.length },
      ip,
    });
  });
}

/** Records a reply that was sent (the caller sends it first, so a failed send records nothing but the failure). */
export async function recordReply(
  db: Db,
  actor: Actor,
  id: string,
  mail: {
    to: string;
    subject: string;
    body: string;
    attachments?: { key: string; name: string; size: number; contentType: string; sha256: string }[];
  },
  ip?: string,
) {
  const attachments = mail.attachments?.length ? mail.attachments : undefined;
  await db.$transaction(async (tx) => {
    await tx.enquiryEvent.create({
      data: {
        enquiryId: id,
        actorId: actor.id,
        type: "email",
        body: mail.body,
        data: JSON.stringify({ to: mail.to, subject: mail.subject, reply: true, attachments }),
      },
    });
    await tx.enquiry.update({ where: { id }, data: { updatedAt: new Date() } });
    await recordAudit(tx, {
      actor,
      action: "enquiry.replied",
      targetType: "enquiry",
      targetId: id,
      details: { to: mail.to, subject: mail.subject, attachments: attachments?.map((a) => a.name) },
      ip,
    });
  });
}

export { load as loadEnquiryForWork };
