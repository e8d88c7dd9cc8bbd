// randomFilter makes valid filters from the given vocabulary, with 1..maxFilters dimensions set, reproducibly by seed.
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../synth/rng";
import { cohortFilterSchema, EMPTY_FILTER, type CohortFilter } from "./filter";
import { randomFilter, type FilterVocab } from "./random-filter";

const vocab: FilterVocab = {
  conditions: ["A", "B", "C"],
  methods: ["MRI 1.5T", "MRI 3T"],
  sequences: ["T1", "T2"],
  manufacturers: ["GE"],
  models: ["GE Signa"],
  tesla: [1.5, 3],
};

const setDims = (f: CohortFilter) =>
  (["conditions", "methods", "sequences", "sex", "manufacturers", "models", "tesla"] as const).filter(
    (d) => f[d].length > 0,
  ).length + (f.ageMin !== undefined || f.ageMax !== undefined ? 1 : 0);

describe("randomFilter", () => {
  it("always passes the filter schema and uses only vocabulary values", () => {
    const r = mulberry32(1);
    for (let i = 0; i < 2000; i++) {
      const f = randomFilter(r, vocab);
      expect(cohortFilterSchema.safeParse(f).success, JSON.stringify(f)).toBe(true);
      for (const d of ["conditions", "methods", "sequences", "manufacturers", "models", "tesla"] as const)
        for (const v of f[d] as (string | number)[]) expect((vocab[d] as (string | number)[]).includes(v)).toBe(true);
      expect(new Set(f.conditions).size).toBe(f.conditions.length);
      const n = setDims(f);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(5);
    }
  });

  it("respects maxFilters and skips dimensions with an empty vocabulary", () => {
    const r = mulberry32(2);
    const empty: FilterVocab = { conditions: [], methods: [], sequences: [], manufacturers: [], models: [], tesla: [] };
    for (let i = 0; i < 500; i++) {
      expect(setDims(randomFilter(r, vocab, 1))).toBe(1);
      const f = randomFilter(r, empty);
      expect({ ...f, sex: [], ageMin: undefined, ageMax: undefined }).toEqual({
        ...EMPTY_FILTER,
        ageMin: undefined,
        ageMax: undefined,
      });
    }
  });

  it("is reproducible for a seed and does not change EMPTY_FILTER", () => {
    const a = Array.from(
      { length: 20 },
      (
        (r) => () =>
          randomFilter(r, vocab)
      )(mulberry32(7)),
    );
    const b = Array.from(
      { length: 20 },
      (
        (r) => () =>
          randomFilter(r, vocab)
      )(mulberry32(7)),
    );
    expect(a).toEqual(b);
    expect(EMPTY_FILTER).toEqual(cohortFilterSchema.parse({}));
  });
});
