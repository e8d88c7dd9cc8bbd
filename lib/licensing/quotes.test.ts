// Quotes beside the module (the whole flow through payment is in licensing.test.ts): who may be quoted, the price
// arithmetic with an override and a discount, the refusals, resending and the desk's status filter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeFixture, smallCohort, type Fixture } from "../payments/test-utils/fixtures";
import { createQuote, effectiveQuoteStatus, listQuotes, resendQuote, withdrawQuote, type QuoteInput } from "./quotes";

let fx: Fixture;
const sales = { id: "sales-1", email: "sales@example.org" };
let input: QuoteInput;

beforeAll(async () => {
  fx = await makeFixture();
  input = {
    enquiryId: null,
    organizationId: fx.org.id,
    contactEmail: fx.buyer.email,
    contactName: null,
    use: "research",
    cohort: smallCohort(100),
    unitPriceMinor: null,
    discountMinor: 0,
    discountReason: null,
    validDays: 10,
  };
});
afterAll(() => fx?.scratch.cleanup());

describe("createQuote", () => {
  it("prices from the live list, or a flat unit price, minus a discount", async () => {
    // 100 studies x 4.00 is below the research minimum of 500.00 (DEFAULT_PRICE_LIST).
    const listed = await createQuote(fx.deps, sales, input);
    expect(listed).toMatchObject({ subtotalMinor: 50_000n, totalMinor: 50_000n, currency: "EUR" });
    const flat = await createQuote(fx.deps, sales, {
      ...input,
      unitPriceMinor: 999,
      discountMinor: 900,
      discountReason: "Pilot",
    });
    expect(flat).toMatchObject({
      unitPriceMinor: 999n,
      subtotalMinor: 99_900n,
      discountMinor: 900n,
      totalMinor: 99_000n,
    });
    expect(flat.validUntil.getTime() - fx.clock.now.getTime()).toBe(10 * 86_400_000);
    expect(fx.mail.filter((m) => m.to === fx.buyer.email)).toHaveLength(2);
  });

  it("creates the buyer's account in a new organisation when needed", async () => {
    const q = await createQuote(fx.deps, sales, {
      ...input,
      organizationId: null,
      newOrganization: "New Lab",
      contactEmail: " Someone@NewLab.test ",
    });
    const buyer = await fx.db.user.findUniqueOrThrow({ where: { email: "someone@newlab.test" } });
    expect(buyer.organizationId).toBe(q.organizationId);
    expect((await fx.db.organization.findUniqueOrThrow({ where: { id: q.organizationId } })).name).toBe("New Lab");
  });

  it("refuses, naming the field: no organisation, a contact of another organisation or staff, a bad discount", async () => {
    const field = async (patch: Partial<QuoteInput>) => {
      const e = await createQuote(fx.deps, sales, { ...input, ...patch }).catch((x: unknown) => x);
      return Object.keys((e as { fieldErrors?: object }).fieldErrors ?? {});
    };
    expect(await field({ organizationId: null })).toEqual(["organizationId"]);
    expect(await field({ contactEmail: "someone@newlab.test" })).toEqual(["contactEmail"]);
    await fx.db.user.create({ data: { email: "staff@example.org", role: "SALES" } });
    expect(await field({ contactEmail: "staff@example.org" })).toEqual(["contactEmail"]);
    expect(await field({ discountMinor: 50_001, discountReason: "too much" })).toEqual(["discount"]);
    expect(await field({ discountMinor: -1, discountReason: "negative" })).toEqual(["discount"]);
    expect(await field({ discountMinor: 100 })).toEqual(["discountReason"]);
    expect(await field({ enquiryId: "missing" })).toEqual(["enquiryId"]);
  });
});

describe("open quotes", () => {
  it("expire at their end date, can be resent while open, and withdrawn once", async () => {
    const q = await createQuote(fx.deps, sales, input);
    expect(effectiveQuoteStatus(q, fx.clock.now)).toBe("SENT");
    expect(effectiveQuoteStatus(q, q.validUntil)).toBe("EXPIRED");
    const sent = fx.mail.length;
    await resendQuote(fx.deps, sales, q.id);
    expect(fx.mail.length).toBe(sent + 1);
    await withdrawQuote(fx.deps, sales, q.id, "Superseded");
    await expect(resendQuote(fx.deps, sales, q.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(withdrawQuote(fx.deps, sales, q.id, "again")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(resendQuote(fx.deps, sales, "missing")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("are listed by effective status on the desk", async () => {
    const later = new Date(fx.clock.now.getTime() + 11 * 86_400_000);
    const all = await listQuotes(fx.db, null, fx.clock.now);
    expect((await listQuotes(fx.db, "SENT", later)).length).toBe(0);
    expect((await listQuotes(fx.db, "EXPIRED", later)).length).toBe(all.filter((q) => q.status === "SENT").length);
    expect((await listQuotes(fx.db, "WITHDRAWN", later)).map((q) => q.withdrawnReason)).toEqual(["Superseded"]);
  });
});
