// Random filter mixes of 1 to 5 set dimensions, for the property test and bench:catalog.
import { EMPTY_FILTER, type CohortFilter } from "./filter";
import type { CohortOptions } from "./cohort-view";
import { SEX_VALUES } from "./labels";

/** The values each dimension can take: what the cohort builder offers. */
export type FilterVocab = CohortOptions;

const DIMS = ["conditions", "methods", "sequences", "sex", "age", "manufacturers", "models", "tesla"] as const;

export function randomFilter(r: () => number, vocab: FilterVocab, maxFilters = 5): CohortFilter {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  const some = <T>(xs: readonly T[]) =>
    uniq(Array.from({ length: 1 + Math.floor(r() * Math.min(3, xs.length)) }, () => pick(xs)));
  const f: CohortFilter = { ...EMPTY_FILTER };
  const usable = DIMS.filter((d) => d === "sex" || d === "age" || vocab[d].length > 0);
  const chosen = new Set<(typeof DIMS)[number]>();
  const count = Math.min(usable.length, 1 + Math.floor(r() * maxFilters));
  while (chosen.size < count) chosen.add(pick(usable));
  for (const d of chosen) {
    if (d === "sex") f.sex = some(SEX_VALUES);
    else if (d === "age") {
      const lo = Math.floor(r() * 18) * 5;
      const hiBand = lo / 5 + Math.floor(r() * (19 - lo / 5));
      if (r() < 0.8) f.ageMin = lo;
      if (r() < 0.8 || f.ageMin === undefined) f.ageMax = hiBand >= 18 ? 90 : hiBand * 5 + 4;
    } else if (d === "tesla") f.tesla = some(vocab.tesla);
    else {
      f[d] = some(vocab[d]);
      if (d === "conditions") f.match = r() < 0.5 ? "all" : "any";
    }
  }
  return f;
}
