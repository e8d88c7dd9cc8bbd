"use server";

// Customer side of licensing: buy a cohort, pay a quote, accept the agreement of a licence granted by sales.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { roleAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/types";
import { verifyCohort } from "@/lib/licensing/cohort";
import { acceptLicenceForm, checkoutForm, quotePayForm } from "@/lib/licensing/forms";
import { acceptGrantedLicence } from "@/lib/licensing/licences";
import { startCheckout } from "@/lib/payments/checkout";
import { cohortSecret, paymentDeps } from "@/app/_licensing/bind";

const CUSTOMER = ["CUSTOMER"] as const;
const userAgent = async () => (await headers()).get("user-agent");
const billingOf = (i: {
  legalName: string | null;
  address: string | null;
  vatNumber: string | null;
  billingEmail: string | null;
}) => ({
  legalName: i.legalName,
  address: i.address,
  vatNumber: i.vatNumber,
  billingEmail: i.billingEmail,
});

export const startCheckoutAction = roleAction(CUSTOMER, { schema: checkoutForm }, async (input, { user, ip }) => {
  const cohort = verifyCohort(input.cohort, input.signature, cohortSecret());
  const { redirectUrl } = await startCheckout(paymentDeps(), {
    user,
    mode: input.mode,
    agreement: { id: input.agreementVersionId, sha256: input.agreementSha256 },
    billing: billingOf(input),
    ip,
    userAgent: await userAgent(),
    source: { kind: "cohort", cohort, use: input.use },
  });
  redirect(redirectUrl);
});

export const payQuoteAction = roleAction(CUSTOMER, { schema: quotePayForm }, async (input, { user, ip }) => {
  const { redirectUrl } = await startCheckout(paymentDeps(), {
    user,
    mode: input.mode,
    agreement: { id: input.agreementVersionId, sha256: input.agreementSha256 },
    billing: billingOf(input),
    ip,
    userAgent: await userAgent(),
    source: { kind: "quote", quoteId: input.quoteId },
  });
  redirect(redirectUrl);
});

export const acceptLicenceAction = roleAction(CUSTOMER, { schema: acceptLicenceForm }, async (input, { user, ip }) => {
  await acceptGrantedLicence(paymentDeps(), user, {
    licenceId: input.licenceId,
    agreementVersionId: input.agreementVersionId,
    sha256: input.agreementSha256,
    ip,
    userAgent: await userAgent(),
  });
  revalidatePath(`/account/licences/${input.licenceId}`);
  return ok(undefined, "Agreement accepted: the licence is active.");
});
