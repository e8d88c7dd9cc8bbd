// The fields of a purchase form: payment mode, billing details (for invoices, or a first purchase) and acceptance.
import type { Field } from "./fields-form";

export function paymentFields(opts: {
  card: boolean;
  needsOrg: boolean;
  /** The organisation's billing profile, to prefill the form (its row as stored). */
  billing: { legalName: string; address: string; vatNumber: string | null; email: string } | null;
}): Field[] {
  const b = opts.billing;
  return [
    {
      name: "mode",
      label: "Payment",
      type: "select",
      options: [
        ...(opts.card ? [{ value: "card", label: "Card (Stripe Checkout)" }] : []),
        { value: "invoice", label: "Invoice (bank transfer)" },
      ],
    },
    {
      name: "legalName",
      label: opts.needsOrg ? "Organisation (legal name)" : "Invoice to (legal name)",
      defaultValue: b?.legalName ?? "",
      required: opts.needsOrg ? true : false,
      hint: opts.needsOrg ? "The licence belongs to this organisation." : "Needed for an invoice.",
    },
    { name: "billingEmail", label: "Billing email", type: "email", defaultValue: b?.email ?? "", required: false },
    {
      name: "address",
      label: "Billing address",
      type: "textarea",
      rows: 3,
      defaultValue: b?.address ?? "",
      required: false,
      hint: "Needed for an invoice.",
    },
    { name: "vatNumber", label: "VAT number", defaultValue: b?.vatNumber ?? "", required: false },
    {
      name: "accept",
      label: "I have read the licence agreement above and accept it on behalf of my organisation.",
      type: "checkbox",
      required: true,
    },
  ];
}
