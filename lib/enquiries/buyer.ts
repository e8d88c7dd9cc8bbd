// The buyer's side of an enquiry: a signed-in user sees the enquiries sent from their (verified) email address, the
// replies sales sent and their own answers, and can reply. Ownership is part of every query (reference + email), so
// another user's reference finds nothing. Internal notes and system events never reach this view.
import type { Db } from "../db/create-client";
import { AppError } from "../errors/app-error";
import { recordAudit, type AuditActor } from "../audit/record";
import type { EnquiryStatusValue } from "../validations/desk";

/** What a buyer is told about each pipeline stage: where their enquiry stands, in their words, not sales' jargon. */
export const buyerStatusLabels: Record<EnquiryStatusValue, string> = {
  NEW: "Received",
  CONTACTED: "In conversation",
  QUOTED: "Quote sent",
  WON: "Licensed",
  LOST: "Closed",
  SPAM: "Closed",
};

/** Timeline events the buyer may see: the enquiry itself, replies sales sent them, and their own replies. */
const VISIBLE_TYPES = ["created", "email", "buyer-reply"];

export async function listBuyerEnquiries(db: Db, email: string) {
  return db.enquiry.findMany({
    where: { email: email.toLowerCase() },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      reference: true,
      status: true,
      organization: true,
      createdAt: true,
      updatedAt: true,
      studyCount: true,
    },
  });
}

export async function getBuyerEnquiry(db: Db, email: string, reference: string) {
  const e = await db.enquiry.findFirst({
    where: { reference, email: email.toLowerCase() },
    select: {
      id: true,
      reference: true,
      status: true,
      name: true,
      organization: true,
      intendedUse: true,
      conditions: true,
      studyCount: true,
      timeline: true,
      message: true,
      createdAt: true,
      events: {
        where: { type: { in: VISIBLE_TYPES } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          type: true,
          body: true,
          data: true,
          createdAt: true,
          actor: { select: { name: true, email: true } },
        },
      },
    },
  });
  if (!e) return null;
  // Of the mails, only sales' replies are conversation; confirmations are not.
  const events = e.events.filter((ev) => ev.type !== "email" || isReply(ev.data));
  return { ...e, events };
}

export type BuyerEnquiry = NonNullable<Awaited<ReturnType<typeof getBuyerEnquiry>>>;

function isReply(data: string | null): boolean {
  try {
    return !!data && (JSON.parse(data) as { reply?: unknown }).reply === true;
  } catch {
    return false;
  }
}

/** The buyer answers on their enquiry: a timeline event sales sees, and an audit entry, in one transaction. */
export async function addBuyerReply(
  db: Db,
  actor: AuditActor,
  reference: string,
  body: string,
  ip?: string,
  now = new Date(),
) {
  const e = await db.enquiry.findFirst({
    where: { reference, email: actor.email.toLowerCase() },
    select: { id: true, reference: true, name: true, organization: true, assignee: { select: { email: true } } },
  });
  if (!e) throw new AppError("NOT_FOUND", "Enquiry not found.");
  await db.$transaction(async (tx) => {
    await tx.enquiryEvent.create({
      data: { enquiryId: e.id, actorId: actor.id, type: "buyer-reply", body, createdAt: now },
    });
    await tx.enquiry.update({ where: { id: e.id }, data: { updatedAt: now } });
    await recordAudit(tx, {
      actor,
      action: "enquiry.buyer_replied",
      targetType: "enquiry",
      targetId: e.id,
      details: { reference, length: body.length },
      ip,
    });
  });
  return e;
}
