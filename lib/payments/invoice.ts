// Invoice mode: the emailed invoice, and sales recording the payment (or a cancellation or refund) at the desk.
import type { OutgoingMail } from "../email/types";
import { AppError } from "../errors/app-error";
import { recordAudit, type AuditActor } from "../audit/record";
import { organizationEmails, sendAll, type LicensingDeps } from "../licensing/deps";
import { notifyLicenceActivated, licenceUrl } from "../licensing/licences";
import { invoiceMail, licenceChangedMail, orderChangedMail } from "../licensing/mail";
import { invoicePdf } from "../licensing/pdf/documents";
import { invoiceLabel } from "../licensing/sequence";
import { toMinor } from "../licensing/money";
import { applyPaymentOutcome } from "./order-state";

const orderLink = (appUrl: string, id: string) => `${appUrl}/account/orders/${id}`;

export async function issueInvoiceMail(deps: LicensingDeps, orderId: string): Promise<OutgoingMail[]> {
  const o = await deps.db.order.findUniqueOrThrow({ where: { id: orderId } });
  if (o.invoiceNumber === null) return [];
  const pdf = await invoicePdf({ ...o, invoiceNumber: o.invoiceNumber });
  const inv = invoiceLabel(o.invoiceNumber);
  const mail = await invoiceMail(
    { invoice: inv, amountMinor: toMinor(o.amountMinor), currency: o.currency, cohortLabel: o.cohortLabel },
    orderLink(deps.appUrl, o.id),
  );
  const billingEmail = (JSON.parse(o.billing ?? "{}") as { email?: string }).email;
  const buyer = o.buyerId ? await deps.db.user.findUnique({ where: { id: o.buyerId }, select: { email: true } }) : null;
  const to = [...new Set([billingEmail, buyer?.email].filter((x): x is string => !!x))];
  return to.map((t) => ({
    to: t,
    ...mail,
    attachments: [{ filename: `${inv}.pdf`, content: Buffer.from(pdf), contentType: "application/pdf" }],
  }));
}

export async function markOrderPaid(
  deps: LicensingDeps & { datasetSlug: string },
  actor: AuditActor,
  orderId: string,
  reference: string,
  ip?: string,
) {
  const now = deps.now();
  const r = await deps.db.$transaction(async (tx) => {
    const o = await tx.order.findUnique({ where: { id: orderId }, select: { mode: true, status: true } });
    if (!o) throw new AppError("NOT_FOUND", "Order not found.");
    if (o.mode !== "INVOICE") throw new AppError("CONFLICT", "Card orders are marked paid by Stripe.");
    if (o.status === "PAID") throw new AppError("CONFLICT", "This order is already paid.");
    if (o.status === "REFUNDED") throw new AppError("CONFLICT", "This order was refunded.");
    const r = await applyPaymentOutcome(tx, orderId, { kind: "paid", reference }, now, deps.datasetSlug);
    await recordAudit(tx, {
      actor,
      action: "order.marked_paid",
      targetType: "order",
      targetId: orderId,
      details: { reference, licenceId: r.licenceId },
      ip,
    });
    return r;
  });
  if (r.licenceCreated && r.licenceId)
    await notifyLicenceActivated(deps, await deps.db.licence.findUniqueOrThrow({ where: { id: r.licenceId } }));
  return r;
}

/** Cancels an unpaid order, or records the refund of a paid one (which revokes its licence). */
export async function closeOrder(
  deps: LicensingDeps & { datasetSlug: string },
  actor: AuditActor,
  orderId: string,
  reason: string,
  ip?: string,
) {
  const now = deps.now();
  const { order, r } = await deps.db.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: orderId } });
    if (!order) throw new AppError("NOT_FOUND", "Order not found.");
    const kind = order.status === "PAID" ? "refunded" : order.status === "PENDING" ? "cancelled" : null;
    if (!kind) throw new AppError("CONFLICT", `A ${order.status.toLowerCase()} order cannot be cancelled.`);
    if (kind === "refunded" && order.mode === "CARD")
      throw new AppError("CONFLICT", "Refund card payments in Stripe; the refund is recorded when Stripe reports it.");
    const r = await applyPaymentOutcome(tx, orderId, { kind, reason }, now, deps.datasetSlug);
    await recordAudit(tx, {
      actor,
      action: kind === "refunded" ? "order.refunded" : "order.cancelled",
      targetType: "order",
      targetId: orderId,
      details: { reason },
      ip,
    });
    return { order, r };
  });
  const to = await organizationEmails(deps.db, order.organizationId);
  const changed = await orderChangedMail(
    r.licenceRevoked ? "Your order was refunded" : "Your order was cancelled",
    `Reason: ${reason}`,
    orderLink(deps.appUrl, orderId),
  );
  const mails: OutgoingMail[] = to.map((t) => ({ to: t, ...changed }));
  if (r.licenceRevoked && r.licenceId) {
    const l = await deps.db.licence.findUniqueOrThrow({ where: { id: r.licenceId } });
    const m = await licenceChangedMail("revoked", l, licenceUrl(deps.appUrl, l.id), reason);
    mails.push(...to.map((t) => ({ to: t, ...m })));
  }
  await sendAll(deps, mails);
  return r;
}
