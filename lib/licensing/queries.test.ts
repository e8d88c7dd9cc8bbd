// The account and desk reads, on a scratch database (SQLite, or PostgreSQL with TEST_DATABASE_URL): a member or staff
// sees an organisation's order, quote and licence with what the page shows beside it; anyone else gets "not found";
// statuses are the effective ones on the given day; lists are the organisation's own, newest first.
import { describe, expect, test } from "vitest";
import { fixturePerTest, invoiceOrder, smallCohort } from "../payments/test-utils/fixtures";
import { createTestLicence } from "./test-utils/licence";
import { createQuote } from "./quotes";
import { licenceForViewer, orderForViewer, organizationLicensing, organizationName, quoteForViewer } from "./queries";

const fixture = fixturePerTest();

const sales = { role: "SALES" as const, organizationId: null };

async function setup() {
  const f = await fixture();
  const other = await f.db.organization.create({ data: { name: "Other Org" } });
  const member = { role: "CUSTOMER" as const, organizationId: f.org.id };
  const outsider = { role: "CUSTOMER" as const, organizationId: other.id };
  const staffUser = await f.db.user.create({ data: { email: "sales@vendor.test", role: "SALES" } });
  const quote = (organizationId: string, validDays = 30) =>
    createQuote(f.deps, staffUser, {
      enquiryId: null,
      organizationId,
      contactEmail: organizationId === f.org.id ? f.buyer.email : `someone@${organizationId}.test`,
      contactName: null,
      use: "research",
      cohort: smallCohort(),
      unitPriceMinor: null,
      discountMinor: 0,
      discountReason: null,
      validDays,
    });
  return { f, other, member, outsider, quote };
}

describe("orderForViewer", () => {
  test("a member and staff see the order with its acceptance; another organisation's member gets not found", async () => {
    const { f, member, outsider } = await setup();
    const orderId = await invoiceOrder(f);
    const seen = await orderForViewer(f.db, member, orderId);
    expect(seen).toMatchObject({ id: orderId, organizationId: f.org.id, quote: null, licence: null });
    expect(seen.acceptance).toMatchObject({ id: seen.acceptanceId, userId: f.buyer.id });
    expect((await orderForViewer(f.db, sales, orderId)).id).toBe(orderId);
    await expect(orderForViewer(f.db, outsider, orderId)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Order not found.",
    });
    // a customer without an organisation sees nothing, and an unknown id reads the same as someone else's
    await expect(orderForViewer(f.db, { role: "CUSTOMER", organizationId: null }, orderId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(orderForViewer(f.db, member, "missing")).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Order not found.",
    });
  });
});

describe("quoteForViewer", () => {
  test("is SENT while valid and EXPIRED from its validUntil on; its orders newest first; outsiders get not found", async () => {
    const { f, member, outsider, quote } = await setup();
    const q = await quote(f.org.id, 10);
    expect(q.validUntil).toEqual(new Date(f.clock.now.getTime() + 10 * 86_400_000));
    expect((await quoteForViewer(f.db, member, q.id, f.clock.now)).effective).toBe("SENT");
    expect((await quoteForViewer(f.db, member, q.id, q.validUntil)).effective).toBe("EXPIRED");
    await expect(quoteForViewer(f.db, outsider, q.id, f.clock.now)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Quote not found.",
    });

    // two orders placed against the quote (the older one failed), linked and dated here
    const [older, newer] = [await invoiceOrder(f), await invoiceOrder(f)];
    await f.db.order.update({
      where: { id: older },
      data: { quoteId: q.id, status: "FAILED", createdAt: new Date("2026-03-02T00:00:00Z") },
    });
    await f.db.order.update({
      where: { id: newer },
      data: { quoteId: q.id, createdAt: new Date("2026-03-03T00:00:00Z") },
    });
    const seen = await quoteForViewer(f.db, sales, q.id, f.clock.now);
    expect(seen.orders.map((o) => [o.id, o.status])).toEqual([
      [newer, "PENDING"],
      [older, "FAILED"],
    ]);
  });
});

describe("licenceForViewer", () => {
  test("an active licence reads EXPIRED from its expiry on; outsiders get not found", async () => {
    const { f, member, outsider } = await setup();
    const expiresAt = new Date("2026-06-01T00:00:00Z");
    const id = await createTestLicence(f.db, f.org.id, "L-000100", {
      status: "ACTIVE",
      startsAt: new Date("2025-06-01T00:00:00Z"),
      expiresAt,
    });
    const before = await licenceForViewer(f.db, member, id, new Date(expiresAt.getTime() - 1));
    expect(before).toMatchObject({ id, number: "L-000100", status: "ACTIVE", effective: "ACTIVE", order: null });
    expect((await licenceForViewer(f.db, member, id, expiresAt)).effective).toBe("EXPIRED");
    await expect(licenceForViewer(f.db, outsider, id, expiresAt)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Licence not found.",
    });
  });
});

describe("organizationLicensing", () => {
  test("lists only the organisation's licences, orders and quotes, newest first, with effective statuses", async () => {
    const { f, other, quote } = await setup();
    const now = new Date("2026-07-01T00:00:00Z");
    const a = await createTestLicence(f.db, f.org.id, "L-A", {
      status: "ACTIVE",
      expiresAt: new Date("2026-06-30T00:00:00Z"), // past on `now`
      createdAt: new Date("2026-01-01T00:00:00Z"),
    });
    const b = await createTestLicence(f.db, f.org.id, "L-B", {
      status: "SUSPENDED",
      createdAt: new Date("2026-02-01T00:00:00Z"),
    });
    await createTestLicence(f.db, other.id, "L-OTHER");
    const mine = await quote(f.org.id, 200); // valid past `now`
    await quote(other.id);
    const orderId = await invoiceOrder(f);

    const r = await organizationLicensing(f.db, f.org.id, now);
    expect(r.licences.map((l) => [l.id, l.effective])).toEqual([
      [b, "SUSPENDED"],
      [a, "EXPIRED"],
    ]);
    expect(r.orders.map((o) => o.id)).toEqual([orderId]);
    expect(r.quotes.map((q) => [q.id, q.effective])).toEqual([[mine.id, "SENT"]]);
  });
});

describe("organizationName", () => {
  test("is the organisation's name, or a placeholder for an id that no longer exists", async () => {
    const { f } = await setup();
    expect(await organizationName(f.db, f.org.id)).toBe(f.org.name);
    expect(await organizationName(f.db, "gone")).toBe("(unknown organisation)");
  });
});
