// Quotes: sales prices a cohort for an organisation (from an enquiry or from scratch) with the live price list, an
// optional unit-price override and a discount with its reason; the buyer gets an emailed link that leads through
// sign-in to the quote, visible to members of the quoted organisation only. Changes land on the enquiry's timeline
// and in the audit log.
import type { Db } from "../db/create-client";
import { AppError } from "../errors/app-error";
import { recordAudit, type AuditActor } from "../audit/record";
import { findOrCreateOrganization } from "../users/organizations";
import { cohortColumns, type CohortSnapshot } from "./cohort";
import { sendAll, type LicensingDeps } from "./deps";
import { quoteMail } from "./mail";
import { formatMoney, toMinor } from "./money";
import { getLivePriceList } from "./price-list";
import { priceCohort } from "./pricing";
import { nextSequence, quoteNumber, type Tx } from "./sequence";
import type { Use } from "./uses";

export const quoteUrl = (appUrl: string, id: string) => `${appUrl}/account/quotes/${id}`;

export type QuoteStatus = "SENT" | "ACCEPTED" | "WITHDRAWN" | "EXPIRED";
export const effectiveQuoteStatus = (q: { status: string; validUntil: Date }, now: Date): QuoteStatus =>
  q.status === "SENT" && q.validUntil.getTime() <= now.getTime() ? "EXPIRED" : (q.status as QuoteStatus);

export interface QuoteInput {
  enquiryId: string | null;
  /** An existing organisation, or the name of one to find or create (a buyer new to the app). */
  organizationId: string | null;
  newOrganization?: string | null;
  contactEmail: string;
  contactName: string | null;
  use: Use;
  cohort: CohortSnapshot;
  /** Overrides the price list's graduated price with a flat price per study. */
  unitPriceMinor: number | null;
  discountMinor: number;
  discountReason: string | null;
  validDays: number;
}

const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION", undefined, { fieldErrors: { [field]: [message] } });

async function timeline(
  tx: Tx,
  enquiryId: string | null,
  actorId: string | null,
  body: string,
  data: Record<string, unknown>,
) {
  if (!enquiryId) return;
  await tx.enquiryEvent.create({ data: { enquiryId, actorId, type: "quote", body, data: JSON.stringify(data) } });
  await tx.enquiry.update({ where: { id: enquiryId }, data: { updatedAt: new Date() } });
}

export async function createQuote(deps: LicensingDeps, actor: AuditActor, input: QuoteInput, ip?: string) {
  const now = deps.now();
  const list = await getLivePriceList(deps.db);
  if (!list) throw new AppError("CONFLICT", "Publish a price list first.");
  const org = input.organizationId
    ? await deps.db.organization.findUnique({ where: { id: input.organizationId }, select: { id: true, name: true } })
    : input.newOrganization
      ? await findOrCreateOrganization(deps.db, input.newOrganization)
      : null;
  if (!org) throw fieldError("organizationId", "Choose an organisation or name a new one");
  if (input.enquiryId && !(await deps.db.enquiry.findUnique({ where: { id: input.enquiryId }, select: { id: true } })))
    throw fieldError("enquiryId", "Unknown enquiry");
  const email = input.contactEmail.trim().toLowerCase();
  const contact = await deps.db.user.findUnique({
    where: { email },
    select: { id: true, organizationId: true, role: true },
  });
  if (contact?.organizationId && contact.organizationId !== org.id)
    throw fieldError("contactEmail", "This person belongs to another organisation");
  if (contact && contact.role !== "CUSTOMER") throw fieldError("contactEmail", "Quote a customer, not a staff account");

  const listed = priceCohort(list, input.cohort.studyCount, input.use);
  const subtotal = input.unitPriceMinor !== null ? input.unitPriceMinor * input.cohort.studyCount : listed.totalMinor;
  if (!Number.isSafeInteger(subtotal)) throw fieldError("unitPrice", "The price is too large");
  if (input.discountMinor < 0 || input.discountMinor > subtotal)
    throw fieldError("discount", `The discount must be between 0 and ${formatMoney(subtotal, list.currency)}`);
  if (input.discountMinor > 0 && !input.discountReason)
    throw fieldError("discountReason", "Give the reason for the discount");
  const total = subtotal - input.discountMinor;
  const validUntil = new Date(now.getTime() + input.validDays * 86_400_000);

  const quote = await deps.db.$transaction(async (tx) => {
    // The buyer needs an account in the organisation to open the quote.
    if (!contact) await tx.user.create({ data: { email, name: input.contactName, organizationId: org.id } });
    else if (!contact.organizationId)
      await tx.user.update({ where: { id: contact.id }, data: { organizationId: org.id } });
    const year = now.getUTCFullYear();
    const q = await tx.quote.create({
      data: {
        number: quoteNumber(year, await nextSequence(tx, `quote-${year}`)),
        enquiryId: input.enquiryId,
        organizationId: org.id,
        contactEmail: email,
        contactName: input.contactName,
        use: input.use,
        ...cohortColumns(input.cohort),
        priceListId: list.id,
        currency: list.currency,
        termMonths: list.termMonths,
        unitPriceMinor: BigInt(input.unitPriceMinor ?? Math.round(subtotal / input.cohort.studyCount)),
        subtotalMinor: BigInt(subtotal),
        discountMinor: BigInt(input.discountMinor),
        discountReason: input.discountReason,
        totalMinor: BigInt(total),
        validUntil,
        createdById: actor.id,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "quote.created",
      targetType: "quote",
      targetId: q.id,
      details: {
        number: q.number,
        organizationId: org.id,
        totalMinor: total,
        currency: list.currency,
        discountMinor: input.discountMinor,
        discountReason: input.discountReason,
      },
      ip,
    });
    await timeline(
      tx,
      input.enquiryId,
      actor.id,
      `Quote ${q.number} sent to ${email}: ${formatMoney(total, list.currency)}`,
      { quoteId: q.id },
    );
    if (input.enquiryId)
      await tx.enquiry.updateMany({
        where: { id: input.enquiryId, status: { in: ["NEW", "CONTACTED"] } },
        data: { status: "QUOTED" },
      });
    return q;
  });
  await sendQuoteMail(deps, quote);
  return quote;
}

async function sendQuoteMail(
  deps: LicensingDeps,
  q: {
    id: string;
    number: string;
    contactEmail: string;
    totalMinor: bigint;
    currency: string;
    validUntil: Date;
    cohortLabel: string;
  },
) {
  const mail = await quoteMail({ ...q, totalMinor: toMinor(q.totalMinor) }, quoteUrl(deps.appUrl, q.id));
  await sendAll(deps, [{ to: q.contactEmail, ...mail }]);
}

export async function resendQuote(deps: LicensingDeps, actor: AuditActor, id: string, ip?: string) {
  const q = await deps.db.quote.findUnique({ where: { id } });
  if (!q) throw new AppError("NOT_FOUND", "Quote not found.");
  if (effectiveQuoteStatus(q, deps.now()) !== "SENT")
    throw new AppError("CONFLICT", "Only an open quote can be sent again.");
  await deps.db.$transaction(async (tx) => {
    await recordAudit(tx, { actor, action: "quote.resent", targetType: "quote", targetId: id, ip });
    await timeline(tx, q.enquiryId, actor.id, `Quote ${q.number} sent again to ${q.contactEmail}`, { quoteId: id });
  });
  await sendQuoteMail(deps, q);
}

export async function withdrawQuote(deps: LicensingDeps, actor: AuditActor, id: string, reason: string, ip?: string) {
  await deps.db.$transaction(async (tx) => {
    const q = await tx.quote.findUnique({ where: { id } });
    if (!q) throw new AppError("NOT_FOUND", "Quote not found.");
    const { count } = await tx.quote.updateMany({
      where: { id, status: "SENT" },
      data: { status: "WITHDRAWN", withdrawnReason: reason },
    });
    if (count === 0) throw new AppError("CONFLICT", "Only an open quote can be withdrawn.");
    await recordAudit(tx, {
      actor,
      action: "quote.withdrawn",
      targetType: "quote",
      targetId: id,
      details: { reason },
      ip,
    });
    await timeline(tx, q.enquiryId, actor.id, `Quote ${q.number} withdrawn: ${reason}`, { quoteId: id });
  });
}

export function listQuotes(db: Db, status: string | null, now: Date) {
  const where =
    status === "EXPIRED"
      ? { status: "SENT", validUntil: { lte: now } }
      : status === "SENT"
        ? { status: "SENT", validUntil: { gt: now } }
        : status
          ? { status }
          : {};
  return db.quote.findMany({ where, orderBy: { createdAt: "desc" }, take: 100 });
}
