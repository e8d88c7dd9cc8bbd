// The downloads behind the account and desk pages, on a scratch database (SQLite, or PostgreSQL with
// TEST_DATABASE_URL): each is built only for the organisation's members or staff, named as the customer files it,
// and says the right things (read back with a PDF parser); the accepted agreement comes back byte for byte.
import { describe, expect, test } from "vitest";
import { fixturePerTest, invoiceOrder, smallCohort } from "../payments/test-utils/fixtures";
import { currentAgreement, sha256Hex } from "./agreements";
import {
  acceptedTextDownload,
  certificateDownload,
  downloadResponse,
  invoiceDownload,
  quoteDownload,
} from "./documents";
import { createQuote } from "./quotes";
import { createTestLicence } from "./test-utils/licence";
import { readPdf } from "./test-utils/pdf";

const fixture = fixturePerTest();

async function setup() {
  const f = await fixture();
  const other = await f.db.organization.create({ data: { name: "Other Org" } });
  return {
    f,
    member: { role: "CUSTOMER" as const, organizationId: f.org.id },
    outsider: { role: "CUSTOMER" as const, organizationId: other.id },
    admin: { role: "ADMIN" as const, organizationId: null },
  };
}
const bytes = (body: Uint8Array | string) => {
  if (typeof body === "string") throw new Error("expected a PDF body");
  return body;
};

describe("invoiceDownload", () => {
  test("the order's invoice as INV-<number>.pdf, made out to the billing details, for members and staff only", async () => {
    const { f, member, outsider, admin } = await setup();
    const orderId = await invoiceOrder(f);
    const d = await invoiceDownload(f.db, member, orderId);
    expect(d).toMatchObject({ filename: "INV-000001.pdf", type: "application/pdf" });
    const pdf = await readPdf(bytes(d.body));
    expect(pdf.title).toBe("Invoice INV-000001");
    // the fixture's order: 120 research studies at 4.00 is 480.00, under the 500.00 minimum
    for (const s of ["Acme Imaging GmbH", "ap@acme.test", "€500.00", `order ${orderId}`]) expect(pdf.flat).toContain(s);
    expect((await invoiceDownload(f.db, admin, orderId)).filename).toBe("INV-000001.pdf");
    await expect(invoiceDownload(f.db, outsider, orderId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("an order without an invoice number (a card order) has no invoice", async () => {
    const { f, member } = await setup();
    const orderId = await invoiceOrder(f);
    await f.db.order.update({ where: { id: orderId }, data: { invoiceNumber: null, mode: "CARD" } });
    await expect(invoiceDownload(f.db, member, orderId)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "This order has no invoice.",
    });
  });
});

describe("quoteDownload", () => {
  test("the quote as <number>.pdf naming the quoted organisation; outsiders get not found", async () => {
    const { f, member, outsider } = await setup();
    const sales = await f.db.user.create({ data: { email: "sales@vendor.test", role: "SALES" } });
    const q = await createQuote(f.deps, sales, {
      enquiryId: null,
      organizationId: f.org.id,
      contactEmail: f.buyer.email,
      contactName: "Bea",
      use: "research",
      cohort: smallCohort(2_000),
      unitPriceMinor: null,
      discountMinor: 0,
      discountReason: null,
      validDays: 30,
    });
    const d = await quoteDownload(f.db, member, q.id);
    expect(d).toMatchObject({ filename: `${q.number}.pdf`, type: "application/pdf" });
    const pdf = await readPdf(bytes(d.body));
    expect(pdf.title).toBe(`Quote ${q.number}`);
    // 1,000 x 4.00 + 1,000 x 2.50 = 6,500.00
    for (const s of [f.org.name, `Bea, ${f.buyer.email}`, "€6,500.00"]) expect(pdf.flat).toContain(s);
    await expect(quoteDownload(f.db, outsider, q.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Quote not found.",
    });
  });
});

describe("certificateDownload", () => {
  test("states the licence's effective status on the day asked, for the licensee organisation", async () => {
    const { f, member, outsider } = await setup();
    const id = await createTestLicence(f.db, f.org.id, "L-000009", {
      status: "ACTIVE",
      startsAt: new Date("2026-01-01T00:00:00Z"),
      expiresAt: new Date("2027-01-01T00:00:00Z"),
    });
    const during = await certificateDownload(f.db, member, id, new Date("2026-06-01T00:00:00Z"));
    expect(during.filename).toBe("L-000009-certificate.pdf");
    const a = await readPdf(bytes(during.body));
    expect(a.flat).toContain("Status active on 2026-06-01");
    expect(a.flat).toContain(f.org.name);
    expect(a.flat).toContain("2026-01-01 to 2027-01-01");
    // an ACTIVE row past its expiry is certified as expired
    const after = await certificateDownload(f.db, member, id, new Date("2027-01-01T00:00:00Z"));
    expect((await readPdf(bytes(after.body))).flat).toContain("Status expired on 2027-01-01");
    await expect(certificateDownload(f.db, outsider, id, new Date())).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Licence not found.",
    });
  });
});

describe("acceptedTextDownload", () => {
  test("the accepted text byte for byte (its hash is the one recorded), named by use, version and hash", async () => {
    const { f, member, outsider } = await setup();
    const orderId = await invoiceOrder(f);
    const { acceptanceId } = await f.db.order.findUniqueOrThrow({ where: { id: orderId } });
    const acceptance = await f.db.agreementAcceptance.findUniqueOrThrow({ where: { id: acceptanceId } });
    const agreement = (await currentAgreement(f.db, "research"))!;
    const d = await acceptedTextDownload(f.db, member, acceptanceId);
    expect(d.body).toBe(agreement.text);
    expect(sha256Hex(d.body as string)).toBe(acceptance.sha256);
    expect(d.filename).toBe(`agreement-research-v1-${acceptance.sha256.slice(0, 12)}.txt`);
    expect(d.type).toBe("text/plain; charset=utf-8");
    await expect(acceptedTextDownload(f.db, outsider, acceptanceId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("downloadResponse", () => {
  test("an attachment that is never cached or sniffed, with the bytes or text unchanged", async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff]);
    const r = downloadResponse({ body: pdf, filename: "INV-000001.pdf", type: "application/pdf" });
    expect(Object.fromEntries(r.headers)).toEqual({
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="INV-000001.pdf"',
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
    expect(new Uint8Array(await r.arrayBuffer())).toEqual(pdf);
    const text = downloadResponse({ body: "Terms – ü\n", filename: "a.txt", type: "text/plain; charset=utf-8" });
    expect(await text.text()).toBe("Terms – ü\n");
  });
});
