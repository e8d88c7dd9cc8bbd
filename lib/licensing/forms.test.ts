// The licensing forms' zod schemas, fed what a submitted form gives (formDataToObject: strings, arrays for repeated
// keys): coercion of numbers, optional text to null, defaults, and refusals that name the field with the message the
// form shows beside it.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { formDataToObject } from "../actions/form-data";
import {
  acceptLicenceForm,
  agreementForm,
  checkoutForm,
  extendForm,
  grantForm,
  licenceStateForm,
  markPaidForm,
  priceListForm,
  quoteForm,
  revokeForm,
} from "./forms";

const form = (entries: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) fd.append(k, v);
  return formDataToObject(fd);
};

/** The messages per field of a refused parse (the shape the action wrapper turns into fieldErrors). */
function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const r = schema.safeParse(input);
  if (r.success) throw new Error(`expected a refusal, got ${JSON.stringify(r.data)}`);
  const out: Record<string, string[]> = {};
  for (const i of r.error.issues) (out[String(i.path[0] ?? "")] ??= []).push(i.message);
  return out;
}

const sha = "ab".repeat(32);

describe("checkoutForm", () => {
  const good = {
    cohort: "eyJzdHVkaWVzIjoxMH0",
    signature: sha,
    use: "research",
    mode: "invoice",
    agreementVersionId: " av1 ",
    agreementSha256: sha,
    accept: "on",
    legalName: "  Acme GmbH ",
    address: "",
    vatNumber: "   ",
  };

  it("trims ids and text, and turns blank or missing optional text into null", () => {
    const parsed = checkoutForm.parse(form(good));
    expect(parsed).toMatchObject({
      agreementVersionId: "av1",
      legalName: "Acme GmbH",
      address: null,
      vatNumber: null,
      billingEmail: null,
      mode: "invoice",
      use: "research",
    });
  });

  it("refuses an unticked agreement, an unknown use and a bad signature, each under its own field", () => {
    const { accept: _accept, ...unticked } = good;
    expect(fieldErrors(checkoutForm, form({ ...unticked, use: "military", signature: "xyz" }))).toEqual({
      accept: ["Accept the licence agreement to continue"],
      use: ["Choose a use"],
      signature: ["The cohort link is not valid"],
    });
  });

  it("refuses a payment mode other than card or invoice, and an agreement hash that is not 64 hex digits", () => {
    const errors = fieldErrors(checkoutForm, form({ ...good, mode: "cash", agreementSha256: sha.toUpperCase() }));
    expect(errors.mode).toEqual(["Choose how to pay"]);
    expect(Object.keys(errors).sort()).toEqual(["agreementSha256", "mode"]);
  });
});

describe("grantForm and quoteForm", () => {
  const grant = {
    organizationId: "org1",
    use: "commercial",
    cohortLabel: "All MRI",
    catalogueVersion: "3",
    studyCount: "250",
    termMonths: "12",
    reason: "Signed on paper",
  };

  it("coerces the numeric fields from text and fills the defaults", () => {
    expect(grantForm.parse(form(grant))).toEqual({
      ...grant,
      cohortFilter: "{}",
      catalogueVersion: 3,
      studyCount: 250,
      sizeBytes: 0,
      termMonths: 12,
    });
  });

  it("refuses zero studies, a fractional term and a missing reason with the form's words", () => {
    const errors = fieldErrors(grantForm, form({ ...grant, studyCount: "0", termMonths: "1.5", reason: " " }));
    expect(errors.studyCount).toEqual(["At least one study"]);
    expect(errors.reason).toEqual(["Say where the deal was closed"]);
    expect(errors.termMonths).toHaveLength(1);
    expect(Object.keys(errors).sort()).toEqual(["reason", "studyCount", "termMonths"]);
  });

  it("a quote needs a valid buyer email and 1..365 days of validity", () => {
    const quote = {
      contactEmail: "buyer@acme.test",
      use: "research",
      cohortLabel: "Stenosis",
      catalogueVersion: "1",
      studyCount: "10",
      validDays: "30",
      organizationId: "",
    };
    expect(quoteForm.parse(form(quote))).toMatchObject({ organizationId: null, validDays: 30, enquiryId: null });
    const errors = fieldErrors(quoteForm, form({ ...quote, contactEmail: "not-an-email", validDays: "366" }));
    expect(errors.contactEmail).toEqual(["Enter the buyer's email"]);
    expect(errors.validDays).toHaveLength(1);
    expect(fieldErrors(quoteForm, form({ ...quote, validDays: "0" })).validDays).toEqual(["At least 1 day"]);
  });
});

describe("the small desk forms", () => {
  it("extend: months 1..120, coerced", () => {
    expect(extendForm.parse(form({ licenceId: "l1", months: "6" }))).toEqual({ licenceId: "l1", months: 6 });
    expect(fieldErrors(extendForm, form({ licenceId: "l1", months: "0" }))).toEqual({ months: ["At least 1 month"] });
    expect(Object.keys(fieldErrors(extendForm, form({ licenceId: "", months: "121" })))).toEqual([
      "licenceId",
      "months",
    ]);
  });

  it("revoke needs a reason of three characters after trimming; suspend/reinstate may have none", () => {
    expect(fieldErrors(revokeForm, form({ licenceId: "l1", reason: "  ok  " }))).toEqual({
      reason: ["Give the reason"],
    });
    expect(revokeForm.parse(form({ licenceId: "l1", reason: " Breach " })).reason).toBe("Breach");
    expect(licenceStateForm.parse(form({ licenceId: "l1" }))).toEqual({ licenceId: "l1", reason: "" });
  });

  it("mark paid needs a payment reference", () => {
    expect(fieldErrors(markPaidForm, form({ orderId: "o1", reference: "x" }))).toEqual({
      reference: ["Enter the payment reference"],
    });
  });

  it("accepting a granted licence needs the box ticked exactly as the checkbox posts it", () => {
    const base = { licenceId: "l1", agreementVersionId: "a1", agreementSha256: sha };
    expect(acceptLicenceForm.parse(form({ ...base, accept: "on" })).accept).toBe("on");
    expect(fieldErrors(acceptLicenceForm, form({ ...base, accept: "yes" }))).toEqual({
      accept: ["Accept the licence agreement to continue"],
    });
  });
});

describe("price list and agreement forms", () => {
  const list = {
    currency: "EUR",
    termMonths: "12",
    researchMinimum: "500",
    researchTiers: "1000: 4.00",
    commercialMinimum: "2000",
    commercialTiers: "1000: 12.00",
    selfServeMaxStudies: "5000",
    note: "",
  };

  it("accepts a known currency and an empty self-serve limit; refuses others with the form's words", () => {
    expect(priceListForm.parse(form({ ...list, selfServeMaxStudies: "" }))).toMatchObject({
      currency: "EUR",
      termMonths: 12,
      selfServeMaxStudies: "",
      note: null,
    });
    expect(
      fieldErrors(priceListForm, form({ ...list, currency: "JPY", selfServeMaxStudies: "5k", termMonths: "121" })),
    ).toEqual({
      currency: ["Choose a currency"],
      selfServeMaxStudies: ["A whole number, or empty for no limit"],
      termMonths: ["At most 120 months"],
    });
  });

  it("an agreement needs a title of 3+ characters and a text of 20+", () => {
    expect(fieldErrors(agreementForm, form({ use: "research", title: "ab", text: "too short" }))).toEqual({
      title: ["Give the agreement a title"],
      text: ["The agreement text is too short"],
    });
  });
});
