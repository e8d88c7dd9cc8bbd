// Payment outcomes applied to an order. Each is a conditional update, so applying outcomes in any order and any
// number of times converges: REFUNDED beats PAID, PAID beats FAILED/EXPIRED/CANCELLED, which beat PENDING. The
// licence is created once, when the order first becomes PAID, and revoked when it is refunded.
import { activateLicenceForOrder, revokeInTx } from "../licensing/licences";
import type { Tx } from "../licensing/sequence";

export type PaymentOutcome =
  | { kind: "paid"; paymentIntentId?: string | null; reference?: string | null }
  | { kind: "failed" | "expired" | "cancelled"; reason: string }
  | { kind: "refunded"; reason: string };

export interface OutcomeResult {
  changed: boolean;
  licenceId?: string;
  licenceCreated?: boolean;
  licenceRevoked?: boolean;
}

export async function applyPaymentOutcome(
  tx: Tx,
  orderId: string,
  outcome: PaymentOutcome,
  now: Date,
  datasetSlug: string,
): Promise<OutcomeResult> {
  switch (outcome.kind) {
    case "paid": {
      const { count } = await tx.order.updateMany({
        where: { id: orderId, status: { in: ["PENDING", "FAILED", "EXPIRED", "CANCELLED"] } },
        data: {
          status: "PAID",
          paidAt: now,
          closedAt: null,
          closedReason: null,
          ...(outcome.paymentIntentId ? { stripePaymentIntentId: outcome.paymentIntentId } : {}),
          ...(outcome.reference ? { paymentReference: outcome.reference } : {}),
        },
      });
      if (count === 0) return { changed: false };
      const { licence, created } = await activateLicenceForOrder(tx, orderId, now, datasetSlug);
      await markEnquiryWon(tx, orderId, licence.number);
      return { changed: true, licenceId: licence.id, licenceCreated: created };
    }
    case "failed":
    case "expired":
    case "cancelled": {
      const status = { failed: "FAILED", expired: "EXPIRED", cancelled: "CANCELLED" }[outcome.kind];
      const { count } = await tx.order.updateMany({
        where: { id: orderId, status: "PENDING" },
        data: { status, closedAt: now, closedReason: outcome.reason },
      });
      return { changed: count === 1 };
    }
    case "refunded": {
      const { count } = await tx.order.updateMany({
        where: { id: orderId, status: { not: "REFUNDED" } },
        data: { status: "REFUNDED", closedAt: now, closedReason: outcome.reason },
      });
      if (count === 0) return { changed: false };
      const licence = await tx.licence.findUnique({ where: { orderId }, select: { id: true } });
      const revoked = licence ? await revokeInTx(tx, null, licence.id, outcome.reason, now) : null;
      return { changed: true, licenceId: licence?.id, licenceRevoked: !!revoked };
    }
  }
}

/** A paid quote closes its enquiry as won, on the enquiry's timeline. */
async function markEnquiryWon(tx: Tx, orderId: string, licenceNumber: string) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { quote: { select: { id: true, number: true, enquiryId: true } } },
  });
  const enquiryId = order.quote?.enquiryId;
  if (!enquiryId) return;
  await tx.enquiryEvent.create({
    data: {
      enquiryId,
      type: "quote",
      body: `Quote ${order.quote!.number} paid; licence ${licenceNumber} started.`,
      data: JSON.stringify({ quoteId: order.quote!.id, orderId }),
    },
  });
  await tx.enquiry.update({ where: { id: enquiryId }, data: { status: "WON" } });
}
