// What the cohort page gets for a URL, on a small catalogue imported into a scratch database (SQLite, or PostgreSQL
// with TEST_DATABASE_URL): the form's choices are the catalogue's own values, sorted; a valid URL gives the breakdown
// whose count agrees with a brute-force pass over the rows; a malformed or unknown value is reported, not counted.
import { describe, expect, it } from "vitest";
import { datasetIdOf, loadCohortView } from "./cohort-view";
import { canonicalFilter, EMPTY_FILTER } from "./filter";
import { bruteForce, randomStudies } from "./test-utils/catalogue";
import { scratchCatalogue } from "./test-utils/scratch-catalogue";

const rows = randomStudies(41, 120, "4.1");
const SLUG = "cohort-view";
const scratch = scratchCatalogue(SLUG, rows);

const uniqSorted = (xs: (string | null)[]) =>
  [...new Set(xs.filter((x): x is string => x !== null))].sort((a, b) => a.localeCompare(b));

describe("loadCohortView", () => {
  it("without a dataset, or with a dataset that has no catalogue version yet, there is no catalogue", async () => {
    expect(await loadCohortView(scratch.db, "no-such-slug", {})).toEqual({ state: "no-catalogue" });
    await scratch.db.dataset.create({ data: { slug: "cohort-view-empty", title: "T" } });
    expect(await loadCohortView(scratch.db, "cohort-view-empty", {})).toEqual({ state: "no-catalogue" });
    expect(await datasetIdOf(scratch.db, SLUG)).toBe(scratch.datasetId);
    expect(await datasetIdOf(scratch.db, "no-such-slug")).toBeNull();
  });

  it("offers the catalogue's own values, sorted, and the tesla values present (not 'not recorded')", async () => {
    const view = await loadCohortView(scratch.db, SLUG, {});
    if (view.state === "no-catalogue") throw new Error("expected a catalogue");
    expect(view.options).toEqual({
      conditions: uniqSorted(rows.flatMap((r) => r.conditions)),
      methods: uniqSorted(rows.map((r) => r.method)),
      sequences: uniqSorted(rows.flatMap((r) => r.sequences)),
      manufacturers: uniqSorted(rows.map((r) => r.manufacturer)),
      models: uniqSorted(rows.map((r) => (r.model ? `${r.manufacturer} ${r.model}` : null))),
      tesla: [...new Set(rows.map((r) => r.fieldStrength).filter((mt) => mt > 0))]
        .sort((a, b) => a - b)
        .map((mt) => mt / 1000),
    });
    // no filter: the whole catalogue
    expect(view).toMatchObject({ state: "ok", version: 1, problems: [], filter: EMPTY_FILTER });
    expect(view.breakdown?.studies).toBe(rows.length);
  });

  it("parses the URL's filter and counts it as a brute-force pass over the rows does", async () => {
    const params = new URLSearchParams([
      ["condition", "Disc herniation"],
      ["condition", "Spinal stenosis"],
      ["method", "MRI 3T"],
      ["method", "MRI 1.5T"],
      ["ageMin", "20"],
      ["ageMax", "59"],
      ["sex", "f"],
    ]);
    const view = await loadCohortView(scratch.db, SLUG, params);
    const expectedFilter = canonicalFilter({
      ...EMPTY_FILTER,
      conditions: ["Disc herniation", "Spinal stenosis"],
      methods: ["MRI 3T", "MRI 1.5T"],
      ageMin: 20,
      ageMax: 59,
      sex: ["F"],
    });
    const expected = bruteForce(rows, expectedFilter);
    expect(expected.length).toBeGreaterThan(0); // the filter selects something, so a zero count would show
    expect(view).toMatchObject({ state: "ok", filter: expectedFilter, problems: [] });
    if (view.state === "no-catalogue") throw new Error("unreachable");
    expect(view.breakdown).toMatchObject({
      studies: expected.length,
      sizeBytes: expected.reduce((s, r) => s + r.sizeBytes, 0),
    });
    // the same filter from a plain record (the page's searchParams)
    const again = await loadCohortView(scratch.db, SLUG, {
      condition: ["Spinal stenosis", "Disc herniation"],
      method: ["MRI 1.5T", "MRI 3T"],
      ageMin: "20",
      ageMax: "59",
      sex: "F",
    });
    expect(again.state === "ok" && again.breakdown?.studies).toBe(expected.length);
  });

  it("a malformed parameter is a bad filter with the problem and no breakdown, the form still offered", async () => {
    const view = await loadCohortView(scratch.db, SLUG, { ageMin: "abc" });
    expect(view).toMatchObject({
      state: "bad-filter",
      version: 1,
      filter: EMPTY_FILTER,
      breakdown: null,
      problems: [{ param: "ageMin", message: '"abc" is not a number' }],
    });
    if (view.state !== "no-catalogue") expect(view.options.methods.length).toBeGreaterThan(0);
  });

  it("a value the catalogue does not hold keeps the parsed filter (to show it) and says which value", async () => {
    const view = await loadCohortView(scratch.db, SLUG, { condition: "Unicorn", method: "MRI 3T" });
    expect(view).toMatchObject({
      state: "bad-filter",
      breakdown: null,
      filter: { conditions: ["Unicorn"], methods: ["MRI 3T"] },
      problems: [{ param: "condition", message: 'no condition "Unicorn" in the catalogue' }],
    });
  });
});
