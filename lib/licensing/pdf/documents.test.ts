// The invoice, quote and certificate PDFs from database-shaped rows, read back with a PDF parser: who they are for,
// the amounts formatted from minor units, the terms, and the parts that appear only in some states.
import { describe, expect, it } from "vitest";
import { readPdf } from "../test-utils/pdf";
import { certificatePdf, invoicePdf, PAYMENT_INSTRUCTIONS, quotePdf } from "./documents";

const cohort = {
  cohortLabel: "Disc herniation, MRI",
  studyCount: 1200,
  sizeBytes: 96_000_000_000n,
  catalogueVersion: 4,
  cohortFilter: '{"conditions":["Disc herniation"]}',
};

const order = {
  ...cohort,
  id: "ord_1",
  invoiceNumber: 42,
  createdAt: new Date("2026-03-01T10:00:00Z"),
  billing: JSON.stringify({
    legalName: "Acme Imaging GmbH",
    address: "1 Main St, Berlin",
    vatNumber: "DE123456",
    email: "ap@acme.test",
  }),
  amountMinor: 123_450n,
  currency: "EUR",
  use: "research",
  termMonths: 12,
  status: "PENDING",
  paymentReference: null,
};

describe("invoicePdf", () => {
  it("is invoice INV-000042 to the billed organisation, for the amount in euros, with the payment terms", async () => {
    const pdf = await readPdf(await invoicePdf(order));
    expect(pdf.title).toBe("Invoice INV-000042");
    expect(pdf.creationDate).toEqual(order.createdAt);
    for (const s of [
      "Issued 2026-03-01 - order ord_1",
      "Acme Imaging GmbH",
      "1 Main St, Berlin",
      "VAT DE123456",
      "ap@acme.test",
      "Research",
      "Disc herniation, MRI",
      // 1,200 studies; 96e9 bytes = 96.0 GB
      "1,200 (96.0 GB), catalogue version 4",
      "12 months from the payment date",
      "Data licence, research use: Disc herniation, MRI",
      "Total due",
      "€1,234.50",
      "Quote INV-000042 as the payment reference.",
      "Pay by bank transfer within 30 days",
    ])
      expect(pdf.flat).toContain(s);
    expect(pdf.text).not.toContain("PAID");
    expect(PAYMENT_INSTRUCTIONS).toContain("the invoice number"); // the placeholder the invoice replaces
  });

  it("once paid says so with the payment reference; without a VAT number there is no VAT line", async () => {
    const billing = JSON.stringify({ legalName: "Solo Lab", address: "2 Side St", email: "lab@solo.test" });
    const pdf = await readPdf(
      await invoicePdf({ ...order, status: "PAID", paymentReference: "BANK-REF-9", billing, currency: "GBP" }),
    );
    expect(pdf.text).toContain("PAID (BANK-REF-9)");
    expect(pdf.text).toContain("£1,234.50");
    expect(pdf.text).not.toContain("VAT");
  });
});

describe("quotePdf", () => {
  const quote = {
    ...cohort,
    number: "Q-2026-0007",
    createdAt: new Date("2026-03-01T10:00:00Z"),
    validUntil: new Date("2026-03-31T10:00:00Z"),
    organizationName: "Acme Research",
    contactEmail: "buyer@acme.test",
    contactName: "Bea Buyer",
    use: "commercial",
    termMonths: 24,
    currency: "USD",
    unitPriceMinor: 250n,
    subtotalMinor: 300_000n,
    discountMinor: 50_000n,
    discountReason: "Academic partner",
    totalMinor: 250_000n,
  };

  it("names the buyer, the validity, the average unit price, the discount with its reason and the total", async () => {
    const pdf = await readPdf(await quotePdf(quote));
    expect(pdf.title).toBe("Quote Q-2026-0007");
    for (const s of [
      "Issued 2026-03-01 - valid until 2026-03-31",
      "Acme Research",
      "Bea Buyer, buyer@acme.test",
      "Commercial",
      "24 months",
      "1,200 studies (average $2.50 per study)",
      "$3,000.00",
      "Discount: Academic partner",
      "-$500.00",
      "$2,500.00",
      "Prices exclude VAT.",
    ])
      expect(pdf.flat).toContain(s);
  });

  it("has no discount line when there is no discount", async () => {
    const pdf = await readPdf(
      await quotePdf({ ...quote, discountMinor: 0n, discountReason: null, totalMinor: 300_000n, contactName: null }),
    );
    expect(pdf.text).not.toContain("Discount");
    expect(pdf.text).toContain("buyer@acme.test");
    expect(pdf.text).not.toContain("Bea Buyer");
  });
});

describe("certificatePdf", () => {
  const now = new Date("2026-06-15T08:00:00Z");
  const licence = {
    ...cohort,
    number: "L-000003",
    organizationName: "Acme Research",
    use: "research",
    status: "ACTIVE",
    startsAt: new Date("2026-03-01T10:00:00Z"),
    expiresAt: new Date("2027-03-01T10:00:00Z"),
    datasetSlug: "lumbar-spine-mri",
    acceptance: {
      version: 2,
      sha256: "c".repeat(64),
      userEmail: "buyer@acme.test",
      acceptedAt: new Date("2026-03-01T09:59:00Z"),
    },
  };

  it("names the licensee, the dataset, the term, the status on the given day and the accepted agreement", async () => {
    const pdf = await readPdf(await certificatePdf(licence, now));
    expect(pdf).toMatchObject({ title: "Licence L-000003", subject: "Licence certificate", creationDate: now });
    for (const s of [
      "Licence certificate L-000003",
      "Status active on 2026-06-15",
      "Licensee",
      "Acme Research",
      "lumbar-spine-mri",
      "2026-03-01 to 2027-03-01",
      `version 2, SHA-256 ${"c".repeat(64)}`,
      "buyer@acme.test on 2026-03-01T09:59:00.000Z",
      "The register, not this document, is authoritative",
    ])
      expect(pdf.flat).toContain(s);
  });

  it("a granted licence not yet accepted has no dates and says the agreement is not accepted", async () => {
    const pdf = await readPdf(
      await certificatePdf({ ...licence, status: "PENDING", startsAt: null, expiresAt: null, acceptance: null }, now),
    );
    expect(pdf.text).toContain("Status pending on 2026-06-15");
    expect(pdf.text).toContain("- to -");
    expect(pdf.text).toContain("not yet accepted");
    expect(pdf.text).not.toContain("SHA-256");
  });
});
