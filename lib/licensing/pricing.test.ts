import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { priceCohort, selfServeAllowed, type PriceListData, type Tier } from "./pricing";
import { DEFAULT_PRICE_LIST, parseTierText, validatePriceList } from "./price-list";
import { formatMoney, parseMoney } from "./money";

const tiersArb: fc.Arbitrary<Tier[]> = fc
  .uniqueArray(fc.integer({ min: 2, max: 5_000 }), { maxLength: 5 })
  .chain((starts) =>
    fc
      .array(fc.integer({ min: 0, max: 100_000 }), { minLength: starts.length + 1, maxLength: starts.length + 1 })
      .map((units) =>
        [1, ...starts.sort((a, b) => a - b)].map((fromStudies, i) => ({ fromStudies, unitMinor: units[i]! })),
      ),
  );

const listArb = fc
  .record({ tiers: tiersArb, minimumMinor: fc.integer({ min: 0, max: 10_000_000 }) })
  .map((u): PriceListData => ({
    id: "pl",
    version: 1,
    currency: "EUR",
    termMonths: 12,
    uses: { research: u, commercial: u },
    selfServeMaxStudies: null,
    selfServeMaxMinor: null,
  }));

/** The definition, study by study: what the band arithmetic must equal. */
function bruteForce(tiers: Tier[], n: number): number {
  let sum = 0;
  for (let s = 1; s <= n; s++) sum += [...tiers].reverse().find((t) => t.fromStudies <= s)!.unitMinor;
  return sum;
}

describe("priceCohort (graduated tiers)", () => {
  test("equals the per-study sum, then the minimum", () => {
    fc.assert(
      fc.property(listArb, fc.integer({ min: 1, max: 8_000 }), (list, n) => {
        const p = priceCohort(list, n, "research");
        const sum = bruteForce(list.uses.research.tiers, n);
        expect(p.subtotalMinor).toBe(sum);
        expect(p.totalMinor).toBe(Math.max(sum, list.uses.research.minimumMinor));
        expect(p.minimumApplied).toBe(sum < list.uses.research.minimumMinor);
      }),
      { numRuns: 300 },
    );
  });

  test("lines cover studies 1..n exactly once and add up", () => {
    fc.assert(
      fc.property(listArb, fc.integer({ min: 1, max: 2_400_000 }), (list, n) => {
        const p = priceCohort(list, n, "commercial");
        expect(p.lines.reduce((s, l) => s + l.count, 0)).toBe(n);
        expect(p.lines[0]!.fromStudy).toBe(1);
        expect(p.lines.at(-1)!.toStudy).toBe(n);
        p.lines.forEach((l, i) => {
          expect(l.amountMinor).toBe(l.count * l.unitMinor);
          if (i > 0) expect(l.fromStudy).toBe(p.lines[i - 1]!.toStudy + 1);
        });
        expect(p.subtotalMinor).toBe(p.lines.reduce((s, l) => s + l.amountMinor, 0));
        expect(Number.isSafeInteger(p.totalMinor)).toBe(true);
      }),
    );
  });

  test("more studies never cost less", () => {
    fc.assert(
      fc.property(
        listArb,
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 1_000 }),
        (list, n, extra) => {
          expect(priceCohort(list, n + extra, "research").totalMinor).toBeGreaterThanOrEqual(
            priceCohort(list, n, "research").totalMinor,
          );
        },
      ),
    );
  });

  test("a worked example on the default list", () => {
    const list = { id: "x", version: 1, ...validatePriceList(DEFAULT_PRICE_LIST) } as PriceListData;
    const p = priceCohort(list, 12_000, "research");
    // 1,000 x 4.00 + 9,000 x 2.50 + 2,000 x 1.20
    expect(p.lines.map((l) => [l.count, l.unitMinor])).toEqual([
      [1000, 400],
      [9000, 250],
      [2000, 120],
    ]);
    expect(p.totalMinor).toBe(400_000 + 2_250_000 + 240_000);
    expect(priceCohort(list, 10, "research")).toMatchObject({
      subtotalMinor: 4_000,
      minimumApplied: true,
      totalMinor: 50_000,
    });
    // the whole dataset: 1,000 x 12 + 9,000 x 8 + 90,000 x 4 + 2,300,000 x 2 (euros)
    expect(priceCohort(list, 2_400_000, "commercial").totalMinor).toBe(504_400_000);
  });

  test("rejects counts that are not positive integers", () => {
    const list = { id: "x", version: 1, ...DEFAULT_PRICE_LIST } as PriceListData;
    for (const n of [0, -1, 1.5, Number.NaN])
      expect(() => priceCohort(list, n, "research")).toThrow(/positive integer/);
  });

  test("self-serve limits route larger purchases to a quote", () => {
    const list = { id: "x", version: 1, ...DEFAULT_PRICE_LIST } as PriceListData;
    expect(selfServeAllowed(list, { studyCount: 5_000, totalMinor: 1 }).ok).toBe(true);
    expect(selfServeAllowed(list, { studyCount: 5_001, totalMinor: 1 }).ok).toBe(false);
    expect(selfServeAllowed(list, { studyCount: 1, totalMinor: 5_000_001 }).ok).toBe(false);
    expect(
      selfServeAllowed(
        { ...list, selfServeMaxStudies: null, selfServeMaxMinor: null },
        { studyCount: 2_400_000, totalMinor: 1e12 },
      ).ok,
    ).toBe(true);
  });
});

describe("money", () => {
  test("parse and format round-trip without floating point", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999_99 }), (minor) => {
        const text = formatMoney(minor, "EUR").replace("€", "");
        expect(parseMoney(text)).toBe(minor);
      }),
    );
    expect(parseMoney("0.1")).toBe(10);
    expect(parseMoney("1,234.05")).toBe(123_405);
    expect(formatMoney(123_405, "GBP")).toBe("£1,234.05");
    for (const bad of ["", "1.234", "-5", "abc", "1e5"]) expect(() => parseMoney(bad, "price")).toThrow();
  });

  test("supported currencies have two minor digits", () => {
    for (const c of ["EUR", "USD", "GBP"]) {
      expect(
        new Intl.NumberFormat("en", { style: "currency", currency: c }).resolvedOptions().maximumFractionDigits,
      ).toBe(2);
    }
  });

  test("tier text names the bad line", () => {
    expect(parseTierText("1 4.00\n1,001 2.50", "researchTiers")).toEqual([
      { fromStudies: 1, unitMinor: 400 },
      { fromStudies: 1001, unitMinor: 250 },
    ]);
    expect(() => parseTierText("1 4.00\nabc", "researchTiers")).toThrow(
      expect.objectContaining({ fieldErrors: { researchTiers: [expect.stringContaining("Line 2")] } }),
    );
  });
});
