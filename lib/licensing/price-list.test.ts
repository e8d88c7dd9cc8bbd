// The admin's price list: tiers as typed, validation with the field to mark, and versions published with an audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import {
  DEFAULT_PRICE_LIST,
  getLivePriceList,
  parseTierText,
  publishPriceList,
  tierText,
  validatePriceList,
} from "./price-list";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { fieldErrors?: Record<string, string[]> }).fieldErrors;
  }
  return undefined;
};

describe("tier text", () => {
  it("reads one tier a line as admins type them, and writes them back the same way", () => {
    const tiers = parseTierText("1 4.00\r\n\n 1,001: 2.5 \n10001=1,200", "researchTiers");
    expect(tiers).toEqual([
      { fromStudies: 1, unitMinor: 400 },
      { fromStudies: 1001, unitMinor: 250 },
      { fromStudies: 10001, unitMinor: 120000 },
    ]);
    expect(tierText(tiers)).toBe("1 4.00\n1001 2.50\n10001 1200.00");
    expect(parseTierText(tierText(tiers), "x")).toEqual(tiers);
  });

  it("names the line that is wrong, under the form's field", () => {
    expect(fieldOf(() => parseTierText("1 4.00\nabc", "commercialTiers"))).toEqual({
      commercialTiers: ['Line 2: write "<first study> <price per study>", e.g. "1001 2.50"'],
    });
    expect(fieldOf(() => parseTierText("1 4.001", "t"))?.t?.[0]).toMatch(/^Line 1:/);
  });
});

describe("validatePriceList", () => {
  it("accepts the default list and refuses bad currencies, terms and tiers, naming the field", () => {
    expect(validatePriceList(DEFAULT_PRICE_LIST)).toBe(DEFAULT_PRICE_LIST);
    expect(fieldOf(() => validatePriceList({ ...DEFAULT_PRICE_LIST, currency: "JPY" }))).toHaveProperty("currency");
    expect(fieldOf(() => validatePriceList({ ...DEFAULT_PRICE_LIST, termMonths: 0 }))).toHaveProperty("termMonths");
    const research = { minimumMinor: 0, tiers: [{ fromStudies: 2, unitMinor: 100 }] };
    expect(
      fieldOf(() => validatePriceList({ ...DEFAULT_PRICE_LIST, uses: { ...DEFAULT_PRICE_LIST.uses, research } })),
    ).toEqual({
      researchTiers: ["the first tier must start at study 1"],
    });
    const commercial = {
      minimumMinor: 0,
      tiers: [
        { fromStudies: 1, unitMinor: 100 },
        { fromStudies: 1, unitMinor: 50 },
      ],
    };
    expect(
      fieldOf(() => validatePriceList({ ...DEFAULT_PRICE_LIST, uses: { ...DEFAULT_PRICE_LIST.uses, commercial } })),
    ).toEqual({ commercialTiers: ["tier 2 must start after tier 1"] });
  });
});

describe("publishPriceList", () => {
  it("publishes numbered versions; the newest is live; each is audited", async () => {
    expect(await getLivePriceList(s.db)).toBeNull();
    const v1 = await publishPriceList(s.db, null, DEFAULT_PRICE_LIST);
    const v2 = await publishPriceList(
      s.db,
      { id: "a1", email: "admin@example.org" },
      { ...DEFAULT_PRICE_LIST, currency: "USD", selfServeMaxMinor: 5_000_000 },
      "203.0.113.7",
    );
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(await getLivePriceList(s.db)).toEqual(v2);
    expect(v2).toMatchObject({ currency: "USD", selfServeMaxMinor: 5_000_000, uses: DEFAULT_PRICE_LIST.uses });
    const audit = await s.db.auditEvent.findMany({ where: { action: "pricelist.published" } });
    // Sorted by version: both rows may carry the same millisecond.
    expect(audit.map((a) => [a.targetId, a.actorEmail, a.details]).sort((a, b) => a[2]!.localeCompare(b[2]!))).toEqual([
      [v1.id, null, '{"version":1}'],
      [v2.id, "admin@example.org", '{"version":2}'],
    ]);
  });

  it("publishes nothing when the list is invalid", async () => {
    const before = await s.db.priceList.count();
    await expect(publishPriceList(s.db, null, { ...DEFAULT_PRICE_LIST, termMonths: 500 })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await s.db.priceList.count()).toBe(before);
  });
});
