import { describe, expect, it } from "vitest";
import {
  canonicalFilter,
  cohortFilterSchema,
  describeFilter,
  deserialiseFilter,
  EMPTY_FILTER,
  filterToParams,
  parseFilterParams,
  serialiseFilter,
} from "./filter";

const filter = (f: object) => cohortFilterSchema.parse(f);

describe("cohort filter URL parameters", () => {
  it("parse to a canonical filter and back to the same parameters", () => {
    const parsed = parseFilterParams(
      new URLSearchParams(
        "condition=Spinal stenosis&condition=Disc herniation&condition=Spinal stenosis&match=all&sex=f&ageMin=40&ageMax=64&tesla=1,5&tesla=3&method=",
      ),
    );
    expect(parsed).toEqual({
      ok: true,
      filter: {
        ...EMPTY_FILTER,
        conditions: ["Disc herniation", "Spinal stenosis"],
        match: "all",
        sex: ["F"],
        ageMin: 40,
        ageMax: 64,
        tesla: [1.5, 3],
      },
    });
    if (!parsed.ok) return;
    expect(parseFilterParams(filterToParams(parsed.filter))).toEqual(parsed);
    // Defaults are left out of a shared link: "match" says nothing with one condition.
    expect(filterToParams(filter({ conditions: ["Scoliosis"], match: "all" })).toString()).toBe("condition=Scoliosis");
    expect(filterToParams(EMPTY_FILTER).toString()).toBe("");
  });

  it("name the parameter of every problem instead of guessing", () => {
    const r = parseFilterParams({ ageMin: ["40", "45"], ageMax: "41", tesla: "strong", sex: "X" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const params = r.problems.map((p) => p.param).sort();
    // (The age-band checks run once the values themselves parse, so 41 is not reported yet.)
    expect(params).toEqual(["ageMin", "sex", "tesla"]);
    expect(r.problems.find((p) => p.param === "sex")?.message).toContain('"X"');
    // Ages must follow the 5-year bands of the statistics.
    const bands = parseFilterParams({ ageMin: "42", ageMax: "60" });
    expect(bands.ok ? [] : bands.problems.map((p) => p.param).sort()).toEqual(["ageMax", "ageMin"]);
    const reversed = parseFilterParams({ ageMin: "50", ageMax: "44" });
    expect(reversed.ok ? "" : reversed.problems[0]?.message).toContain("above the maximum");
  });
});

describe("stored filters", () => {
  it("serialise equal cohorts equally, whatever the order they were picked in", () => {
    const a = filter({ methods: ["MRI 3T", "MRI 1.5T"], sex: ["M", "F", "M"] });
    const b = filter({ sex: ["F", "M"], methods: ["MRI 1.5T", "MRI 3T"] });
    expect(serialiseFilter(a)).toBe(serialiseFilter(b));
    expect(deserialiseFilter(serialiseFilter(a))).toEqual(canonicalFilter(a));
    expect(() => deserialiseFilter(JSON.stringify({ ageMin: -5 }))).toThrow();
  });
});

describe("describeFilter", () => {
  it("writes one line per set filter, the open age band as 90+", () => {
    expect(describeFilter(EMPTY_FILTER)).toEqual(["All studies"]);
    expect(
      describeFilter(filter({ conditions: ["A", "B"], match: "all", ageMin: 85, ageMax: 90, tesla: [3] })),
    ).toEqual(["Conditions (all of): A, B", "Age: 85-90+", "Field strength: 3 T"]);
    expect(describeFilter(filter({ conditions: ["A"], ageMax: 44 }))).toEqual(["Conditions (has): A", "Age: 0-44"]);
  });
});
