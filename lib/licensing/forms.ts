// Zod schemas for the licensing forms, shared by the server actions (and their tests).
import { z } from "zod";
import { CURRENCIES } from "./money";
import { USES } from "./uses";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));
const id = z.string().trim().min(1).max(64);

export const priceListForm = z.object({
  currency: z.enum(CURRENCIES, { message: "Choose a currency" }),
  termMonths: z.coerce.number().int().min(1, "At least 1 month").max(120, "At most 120 months"),
  researchMinimum: z.string().trim().min(1, "Enter the minimum order"),
  researchTiers: z.string().trim().min(1, "Enter at least one band"),
  commercialMinimum: z.string().trim().min(1, "Enter the minimum order"),
  commercialTiers: z.string().trim().min(1, "Enter at least one band"),
  selfServeMaxStudies: z.string().trim().regex(/^\d*$/, "A whole number, or empty for no limit").optional(),
  selfServeMaxAmount: z.string().trim().optional(),
  note: optionalText(200),
});

export const agreementForm = z.object({
  use: z.enum(USES, { message: "Choose a use" }),
  title: z.string().trim().min(3, "Give the agreement a title").max(200),
  text: z.string().min(20, "The agreement text is too short").max(200_000),
});

/** How to pay, the agreement accepted, and the billing details: the same on checkout and on paying a quote. */
const payAndAccept = {
  mode: z.enum(["card", "invoice"], { message: "Choose how to pay" }),
  agreementVersionId: id,
  agreementSha256: z.string().regex(/^[a-f0-9]{64}$/),
  accept: z.literal("on", { message: "Accept the licence agreement to continue" }),
  legalName: optionalText(200),
  address: optionalText(1000),
  vatNumber: optionalText(40),
  billingEmail: optionalText(200),
};

export const checkoutForm = z.object({
  cohort: z.string().min(10).max(8_000),
  signature: z.string().regex(/^[a-f0-9]{64}$/, "The cohort link is not valid"),
  use: z.enum(USES, { message: "Choose a use" }),
  ...payAndAccept,
});

export const quotePayForm = z.object({
  quoteId: id,
  ...payAndAccept,
});

export const acceptLicenceForm = z.object({
  licenceId: id,
  agreementVersionId: id,
  agreementSha256: z.string().regex(/^[a-f0-9]{64}$/),
  accept: z.literal("on", { message: "Accept the licence agreement to continue" }),
});

export const markPaidForm = z.object({
  orderId: id,
  reference: z.string().trim().min(2, "Enter the payment reference").max(200),
});
export const cancelOrderForm = z.object({ orderId: id, reason: z.string().trim().min(2, "Say why").max(500) });

// The licensed cohort and its use, as the desk's grant and quote forms both describe it.
const cohortFields = {
  use: z.enum(USES),
  cohortLabel: z.string().trim().min(2, "Describe the cohort").max(200),
  cohortFilter: z.string().trim().max(4_000).default("{}"),
  catalogueVersion: z.coerce.number().int().min(0),
  studyCount: z.coerce.number().int().min(1, "At least one study"),
  sizeBytes: z.coerce.number().int().min(0).default(0),
};

export const grantForm = z.object({
  organizationId: id,
  ...cohortFields,
  termMonths: z.coerce.number().int().min(1).max(120),
  reason: z.string().trim().min(2, "Say where the deal was closed").max(500),
});
export const extendForm = z.object({
  licenceId: id,
  months: z.coerce.number().int().min(1, "At least 1 month").max(120),
});
export const revokeForm = z.object({ licenceId: id, reason: z.string().trim().min(3, "Give the reason").max(500) });
export const licenceStateForm = z.object({ licenceId: id, reason: z.string().trim().max(500).optional().default("") });

export const quoteForm = z.object({
  enquiryId: optionalText(64),
  organizationId: optionalText(64),
  newOrganization: optionalText(200),
  contactEmail: z.email("Enter the buyer's email").max(200),
  contactName: optionalText(200),
  ...cohortFields,
  unitPrice: z.string().trim().optional(),
  discount: z.string().trim().optional(),
  discountReason: optionalText(300),
  validDays: z.coerce.number().int().min(1, "At least 1 day").max(365),
});
export const withdrawQuoteForm = z.object({
  quoteId: id,
  reason: z.string().trim().min(3, "Give the reason").max(500),
});
export const quoteIdForm = z.object({ quoteId: id });
