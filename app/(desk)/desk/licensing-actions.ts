"use server";

// Sales desk: quotes, invoice payments, cancellations and refunds, and the licence lifecycle.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { roleAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/types";
import { STAFF } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { cohortSnapshotSchema } from "@/lib/licensing/cohort";
import {
  cancelOrderForm,
  extendForm,
  grantForm,
  licenceStateForm,
  markPaidForm,
  quoteForm,
  quoteIdForm,
  revokeForm,
  withdrawQuoteForm,
} from "@/lib/licensing/forms";
import { extendLicence, grantLicence, revokeLicence, setSuspended } from "@/lib/licensing/licences";
import { parseMoney } from "@/lib/licensing/money";
import { createQuote, resendQuote, withdrawQuote } from "@/lib/licensing/quotes";
import { closeOrder, markOrderPaid } from "@/lib/payments/invoice";
import { paymentDeps } from "@/app/_licensing/bind";

function cohortOf(i: {
  cohortLabel: string;
  cohortFilter: string;
  catalogueVersion: number;
  studyCount: number;
  sizeBytes: number;
}) {
  const r = cohortSnapshotSchema.safeParse({
    cohortId: null,
    filter: i.cohortFilter || "{}",
    label: i.cohortLabel,
    catalogueVersion: i.catalogueVersion,
    studyCount: i.studyCount,
    sizeBytes: i.sizeBytes,
  });
  if (!r.success)
    throw new AppError("VALIDATION", undefined, { fieldErrors: { cohortFilter: [r.error.issues[0]!.message] } });
  return r.data;
}

export const createQuoteAction = roleAction(STAFF, { schema: quoteForm }, async (input, { user, ip }) => {
  const q = await createQuote(
    paymentDeps(),
    user,
    {
      enquiryId: input.enquiryId,
      organizationId: input.organizationId,
      newOrganization: input.newOrganization,
      contactEmail: input.contactEmail,
      contactName: input.contactName,
      use: input.use,
      cohort: cohortOf(input),
      unitPriceMinor: input.unitPrice ? parseMoney(input.unitPrice, "unitPrice") : null,
      discountMinor: input.discount ? parseMoney(input.discount, "discount") : 0,
      discountReason: input.discountReason,
      validDays: input.validDays,
    },
    ip,
  );
  revalidatePath("/desk/quotes");
  if (input.enquiryId) revalidatePath(`/desk/enquiries/${input.enquiryId}`);
  redirect(`/desk/quotes/${q.id}`);
});

export const withdrawQuoteAction = roleAction(STAFF, { schema: withdrawQuoteForm }, async (input, { user, ip }) => {
  await withdrawQuote(paymentDeps(), user, input.quoteId, input.reason, ip);
  revalidatePath(`/desk/quotes/${input.quoteId}`);
  return ok(undefined, "Quote withdrawn.");
});

export const resendQuoteAction = roleAction(STAFF, { schema: quoteIdForm }, async (input, { user, ip }) => {
  await resendQuote(paymentDeps(), user, input.quoteId, ip);
  return ok(undefined, "Quote sent again.");
});

export const markPaidAction = roleAction(STAFF, { schema: markPaidForm }, async (input, { user, ip }) => {
  await markOrderPaid(paymentDeps(), user, input.orderId, input.reference, ip);
  revalidatePath("/desk/orders");
  return ok(undefined, "Payment recorded; the licence is active.");
});

export const closeOrderAction = roleAction(STAFF, { schema: cancelOrderForm }, async (input, { user, ip }) => {
  const r = await closeOrder(paymentDeps(), user, input.orderId, input.reason, ip);
  revalidatePath("/desk/orders");
  return ok(undefined, r.licenceRevoked ? "Refund recorded; the licence is revoked." : "Order cancelled.");
});

export const grantLicenceAction = roleAction(STAFF, { schema: grantForm }, async (input, { user, ip }) => {
  const l = await grantLicence(
    paymentDeps(),
    user,
    {
      organizationId: input.organizationId,
      use: input.use,
      cohort: cohortOf(input),
      termMonths: input.termMonths,
      reason: input.reason,
      datasetSlug: env.DATASET_SLUG,
    },
    ip,
  );
  revalidatePath("/desk/licences");
  redirect(`/desk/licences/${l.id}`);
});

export const extendLicenceAction = roleAction(STAFF, { schema: extendForm }, async (input, { user, ip }) => {
  await extendLicence(paymentDeps(), user, input.licenceId, input.months, ip);
  revalidatePath(`/desk/licences/${input.licenceId}`);
  return ok(undefined, `Extended by ${input.months} months.`);
});

export const revokeLicenceAction = roleAction(STAFF, { schema: revokeForm }, async (input, { user, ip }) => {
  const l = await revokeLicence(paymentDeps(), user, input.licenceId, input.reason, ip);
  if (!l) throw new AppError("CONFLICT", "The licence was already revoked.");
  revalidatePath(`/desk/licences/${input.licenceId}`);
  return ok(undefined, "Licence revoked.");
});

export const suspendLicenceAction = roleAction(STAFF, { schema: licenceStateForm }, async (input, { user, ip }) => {
  await setSuspended(paymentDeps(), user, input.licenceId, true, input.reason, ip);
  revalidatePath(`/desk/licences/${input.licenceId}`);
  return ok(undefined, "Licence suspended.");
});

export const reinstateLicenceAction = roleAction(STAFF, { schema: licenceStateForm }, async (input, { user, ip }) => {
  await setSuspended(paymentDeps(), user, input.licenceId, false, input.reason, ip);
  revalidatePath(`/desk/licences/${input.licenceId}`);
  return ok(undefined, "Licence reinstated.");
});
