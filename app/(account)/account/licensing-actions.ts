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
import { startCheckout, type CheckoutRequest } from "@/lib/payments/checkout";
import { cohortSecret, paymentDeps } from "@/app/_licensing/bind";

const CUSTOMER = ["CUSTOMER"] as const;
const userAgent = async () => (await headers()).get("user-agent");

/** What the cohort checkout and the quote payment forms share: the mode, the agreement accepted and the billing. */
type CheckoutInput = {
  mode: CheckoutRequest["mode"];
  agreementVersionId: string;
  agreementSha256: string;
  legalName: string | null;
  address: string | null;
  vatNumber: string | null;
  billingEmail: string | null;
};

async function checkout(
  input: CheckoutInput,
  user: CheckoutRequest["user"],
  ip: string | null,
  source: CheckoutRequest["source"],
): Promise<never> {
  const { redirectUrl } = await startCheckout(paymentDeps(), {
    user,
    mode: input.mode,
    agreement: { id: input.agreementVersionId, sha256: input.agreementSha256 },
    billing: {
      legalName: input.legalName,
      address: input.address,
      vatNumber: input.vatNumber,
      billingEmail: input.billingEmail,
    },
    ip,
    userAgent: await userAgent(),
    source,
  });
  redirect(redirectUrl);
}

export const startCheckoutAction = roleAction(CUSTOMER, { schema: checkoutForm }, async (input, { user, ip }) => {
  const cohort = verifyCohort(input.cohort, input.signature, cohortSecret());
  return checkout(input, user, ip, { kind: "cohort", cohort, use: input.use });
});

export const payQuoteAction = roleAction(CUSTOMER, { schema: quotePayForm }, async (input, { user, ip }) => {
  return checkout(input, user, ip, { kind: "quote", quoteId: input.quoteId });
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
