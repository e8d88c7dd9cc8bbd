// The price of a cohort: graduated volume tiers (each band of studies at its own rate, so buying more never costs
// less), then the minimum order. Pure integer arithmetic on minor units; every step is returned so the page can
// show the sum.
import type { Use } from "./uses";

export interface Tier {
  /** First study number (1-based) this rate applies to. */
  fromStudies: number;
  /** Price of one study in this band, minor units. */
  unitMinor: number;
}

export interface UsePrices {
  minimumMinor: number;
  tiers: Tier[];
}

export interface PriceListData {
  id: string;
  version: number;
  currency: string;
  termMonths: number;
  uses: Record<Use, UsePrices>;
  selfServeMaxStudies: number | null;
  selfServeMaxMinor: number | null;
}

export interface PriceLine {
  fromStudy: number;
  toStudy: number;
  count: number;
  unitMinor: number;
  amountMinor: number;
}

export interface CohortPrice {
  use: Use;
  currency: string;
  termMonths: number;
  priceListId: string;
  priceListVersion: number;
  studyCount: number;
  lines: PriceLine[];
  subtotalMinor: number;
  minimumMinor: number;
  minimumApplied: boolean;
  totalMinor: number;
}

export function priceCohort(list: PriceListData, studyCount: number, use: Use): CohortPrice {
  if (!Number.isSafeInteger(studyCount) || studyCount < 1)
    throw new RangeError(`study count must be a positive integer, got ${studyCount}`);
  const prices = list.uses[use];
  const lines: PriceLine[] = [];
  prices.tiers.forEach((tier, i) => {
    if (tier.fromStudies > studyCount) return;
    const next = prices.tiers[i + 1];
    const toStudy = Math.min(studyCount, next ? next.fromStudies - 1 : studyCount);
    const count = toStudy - tier.fromStudies + 1;
    lines.push({
      fromStudy: tier.fromStudies,
      toStudy,
      count,
      unitMinor: tier.unitMinor,
      amountMinor: count * tier.unitMinor,
    });
  });
  const subtotalMinor = lines.reduce((s, l) => s + l.amountMinor, 0);
  if (!Number.isSafeInteger(subtotalMinor)) throw new RangeError("price out of range");
  const minimumApplied = subtotalMinor < prices.minimumMinor;
  return {
    use,
    currency: list.currency,
    termMonths: list.termMonths,
    priceListId: list.id,
    priceListVersion: list.version,
    studyCount,
    lines,
    subtotalMinor,
    minimumMinor: prices.minimumMinor,
    minimumApplied,
    totalMinor: minimumApplied ? prices.minimumMinor : subtotalMinor,
  };
}

/** Whether a purchase may be bought directly, or must go through a quote (admin-set limits on the live list). */
export function selfServeAllowed(
  list: PriceListData,
  price: Pick<CohortPrice, "studyCount" | "totalMinor">,
): { ok: true } | { ok: false; reason: string } {
  if (list.selfServeMaxStudies !== null && price.studyCount > list.selfServeMaxStudies) {
    return {
      ok: false,
      reason: `Cohorts of more than ${list.selfServeMaxStudies.toLocaleString("en")} studies are sold by quote.`,
    };
  }
  if (list.selfServeMaxMinor !== null && price.totalMinor > list.selfServeMaxMinor) {
    return { ok: false, reason: "Purchases of this size are sold by quote." };
  }
  return { ok: true };
}
