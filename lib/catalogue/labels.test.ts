// The fixed label vocabularies: sex codes both ways, the age bands the filters and breakdowns use, field strengths.
import { describe, expect, it } from "vitest";
import {
  AGE_BANDS,
  AGE_CAP,
  ageBand,
  fromMilliTesla,
  isAgeMax,
  isAgeMin,
  SEX_BY_CODE,
  SEX_CODES,
  SEX_LABELS,
  SEX_VALUES,
  toMilliTesla,
} from "./labels";

describe("labels", () => {
  it("sex codes and values map both ways, each with a label", () => {
    for (const v of SEX_VALUES) {
      expect(SEX_BY_CODE[SEX_CODES[v]]).toBe(v);
      expect(SEX_LABELS[v]).toBeTruthy();
    }
    expect(SEX_BY_CODE).toHaveLength(SEX_VALUES.length);
    expect(SEX_CODES.U).toBe(0); // 0 = not recorded, as for every other code
  });

  it("accepts age filter bounds only on 5-year band edges, up to the cap", () => {
    expect([0, 5, 40, 85, 90].every(isAgeMin)).toBe(true);
    expect([1, 4, 91, 95].some(isAgeMin)).toBe(false);
    expect([4, 9, 44, 89, 90].every(isAgeMax)).toBe(true);
    expect([0, 5, 91, 94, 45].some(isAgeMax)).toBe(false);
  });

  it("puts ages in the breakdown's ten-year bands, unknown as -1 and the cap in 90+", () => {
    expect(ageBand(-1)).toBe(-1);
    expect([0, 19].map(ageBand)).toEqual([0, 0]);
    expect([20, 29, 30, 89].map(ageBand)).toEqual([1, 1, 2, 7]);
    expect(AGE_BANDS[ageBand(AGE_CAP)]).toBe("90+");
    expect(ageBand(120)).toBe(AGE_BANDS.length - 1);
    for (let age = 0; age <= 95; age++) {
      const label = AGE_BANDS[ageBand(age)]!;
      const [lo, hi] = label.endsWith("+") ? [Number(label.slice(0, -1)), Infinity] : label.split("-").map(Number);
      expect(age >= lo! && age <= hi!, `${age} in ${label}`).toBe(true);
    }
  });

  it("stores field strengths in whole millitesla, exactly for the usual values", () => {
    expect([0.3, 1.5, 3, 7].map(toMilliTesla)).toEqual([300, 1500, 3000, 7000]);
    expect(toMilliTesla(0.1 + 0.2)).toBe(300);
    expect(fromMilliTesla(toMilliTesla(1.5))).toBe(1.5);
  });
});
