// Payment outcomes on a scratch database: any order and any number of repeats converge on one state, the licence is
// created once on the first payment and revoked on refund.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invoiceOrder, makeFixture, type Fixture } from "./test-utils/fixtures";
import { applyPaymentOutcome, type PaymentOutcome } from "./order-state";

let fx: Fixture;
beforeAll(async () => {
  fx = await makeFixture();
});
afterAll(() => fx?.scratch.cleanup());

const order = () => invoiceOrder(fx);

const apply = (orderId: string, outcome: PaymentOutcome) =>
  fx.db.$transaction((tx) => applyPaymentOutcome(tx, orderId, outcome, fx.clock.now, "lumbar-spine-mri"));
const stateOf = async (orderId: string) => {
  const o = await fx.db.order.findUniqueOrThrow({ where: { id: orderId } });
  const l = await fx.db.licence.findMany({ where: { orderId } });
  return { status: o.status, licences: l.map((x) => x.status) };
};

describe("applyPaymentOutcome", () => {
  it("creates the licence once, however often the payment is reported", async () => {
    const id = await order();
    const first = await apply(id, { kind: "paid", reference: "INV-1" });
    expect(first).toMatchObject({ changed: true, licenceCreated: true });
    expect(await apply(id, { kind: "paid", reference: "INV-1" })).toEqual({ changed: false });
    expect(await stateOf(id)).toEqual({ status: "PAID", licences: ["ACTIVE"] });
    expect((await fx.db.order.findUniqueOrThrow({ where: { id } })).paymentReference).toBe("INV-1");
  });

  it("lets a late payment beat an expiry, but not the reverse", async () => {
    const id = await order();
    expect(await apply(id, { kind: "expired", reason: "session expired" })).toEqual({ changed: true });
    expect((await stateOf(id)).status).toBe("EXPIRED");
    expect(await apply(id, { kind: "paid" })).toMatchObject({ changed: true, licenceCreated: true });
    expect(await apply(id, { kind: "failed", reason: "card declined" })).toEqual({ changed: false });
    expect(await stateOf(id)).toEqual({ status: "PAID", licences: ["ACTIVE"] });
    expect((await fx.db.order.findUniqueOrThrow({ where: { id } })).closedReason).toBeNull();
  });

  it("revokes the licence on refund, and nothing brings the order back", async () => {
    const id = await order();
    await apply(id, { kind: "paid" });
    const refund = await apply(id, { kind: "refunded", reason: "charge refunded" });
    expect(refund).toMatchObject({ changed: true, licenceRevoked: true });
    expect(await apply(id, { kind: "refunded", reason: "again" })).toEqual({ changed: false });
    expect(await apply(id, { kind: "paid" })).toEqual({ changed: false });
    expect(await stateOf(id)).toEqual({ status: "REFUNDED", licences: ["REVOKED"] });
  });

  it("refunds an unpaid order without a licence to revoke", async () => {
    const id = await order();
    expect(await apply(id, { kind: "refunded", reason: "r" })).toMatchObject({ changed: true, licenceRevoked: false });
    expect(await stateOf(id)).toEqual({ status: "REFUNDED", licences: [] });
  });
});
