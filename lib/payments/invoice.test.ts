// Invoice mode at the desk, on a scratch database: the emailed invoice with its PDF, marking paid (once, invoice
// orders only), cancelling and refunding, each audited and announced to the organisation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeOrder, issueInvoiceMail, markOrderPaid } from "./invoice";
import { invoiceOrder as newInvoiceOrder, makeFixture, type Fixture } from "./test-utils/fixtures";

let fx: Fixture;
const invoiceOrder = () => newInvoiceOrder(fx);
const sales = { id: "sales-1", email: "sales@example.org" };
beforeAll(async () => {
  fx = await makeFixture();
});
afterAll(() => fx?.scratch.cleanup());

const audit = (orderId: string) => fx.db.auditEvent.findMany({ where: { targetId: orderId } });

describe("issueInvoiceMail", () => {
  it("mails the invoice PDF to the billing address and the buyer", async () => {
    const id = await invoiceOrder();
    const mails = await issueInvoiceMail(fx.deps, id);
    expect(mails.map((m) => m.to).sort()).toEqual(["ap@acme.test", fx.buyer.email].sort());
    const pdf = mails[0]!.attachments![0]!;
    expect(pdf).toMatchObject({ contentType: "application/pdf", filename: expect.stringMatching(/^INV-\d{6}\.pdf$/) });
    expect(
      Buffer.from(pdf.content as Buffer)
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });
});

describe("markOrderPaid", () => {
  it("activates the licence once and tells the organisation", async () => {
    const id = await invoiceOrder();
    const sent = fx.mail.length;
    const r = await markOrderPaid(fx.deps, sales, id, "Bank ref 42");
    expect(r).toMatchObject({ changed: true, licenceCreated: true });
    expect(fx.mail.length).toBeGreaterThan(sent);
    expect((await fx.db.order.findUniqueOrThrow({ where: { id } })).paymentReference).toBe("Bank ref 42");
    await expect(markOrderPaid(fx.deps, sales, id, "again")).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await audit(id)).filter((a) => a.action === "order.marked_paid")).toHaveLength(1);
  });

  it("refuses unknown orders", async () => {
    await expect(markOrderPaid(fx.deps, sales, "missing", "x")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("closeOrder", () => {
  it("cancels an unpaid order, then refuses to close it again", async () => {
    const id = await invoiceOrder();
    expect(await closeOrder(fx.deps, sales, id, "Buyer withdrew")).toEqual({ changed: true });
    expect((await fx.db.order.findUniqueOrThrow({ where: { id } })).status).toBe("CANCELLED");
    expect(fx.mail.at(-1)!.subject).toContain("cancelled");
    await expect(closeOrder(fx.deps, sales, id, "again")).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await audit(id)).map((a) => a.action)).toContain("order.cancelled");
  });

  it("refunds a paid invoice order, revoking its licence and saying so", async () => {
    const id = await invoiceOrder();
    await markOrderPaid(fx.deps, sales, id, "ref");
    const r = await closeOrder(fx.deps, sales, id, "Data not needed");
    expect(r).toMatchObject({ changed: true, licenceRevoked: true });
    const licence = await fx.db.licence.findUniqueOrThrow({ where: { orderId: id } });
    expect(licence.status).toBe("REVOKED");
    const subjects = fx.mail.slice(-2).map((m) => m.subject);
    expect(subjects.some((s) => s.includes("refunded"))).toBe(true);
    expect((await audit(id)).map((a) => a.action)).toContain("order.refunded");
  });
});
