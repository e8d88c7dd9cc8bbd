// The count engine's own contract on a small catalogue imported into a scratch database (SQLite, or PostgreSQL with
// TEST_DATABASE_URL): the breakdown's bars, sorted and labelled, agree with a tally of the rows made in the test; a
// count on an older version is that version's; filters naming unknown values are refused; and the per-process caches
// re-read the database only after VERSION_CHECK_MS (injected clock). Agreement of counts with brute force over many
// random filters is count-engine.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/create-client";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import {
  breakdownCohort,
  catalogueIndex,
  clearCatalogueCache,
  countCohort,
  datasetIdCached,
  VERSION_CHECK_MS,
} from "./engine";
import { canonicalFilter, EMPTY_FILTER, type CohortFilter } from "./filter";
import { importLabels } from "./import-labels";
import { bruteForce, labelsCsv, randomStudies, tallyBreakdown } from "./test-utils/catalogue";
import type { LabelRow } from "./labels-csv/parse-labels";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});
afterEach(() => clearCatalogueCache());

const importRows = (slug: string, rows: LabelRow[]) =>
  importLabels(scratch.db, {
    datasetSlug: slug,
    fileName: "labels.csv",
    open: () => [Buffer.from(labelsCsv(rows))],
    actor: null,
    importedBy: "test",
  });
const filter = (f: Partial<CohortFilter>) => canonicalFilter({ ...EMPTY_FILTER, ...f });
const sum = (rows: LabelRow[]) => rows.reduce((s, r) => s + r.sizeBytes, 0);
/** Bars as the engine should give them: by studies descending, then label. */
const sortedBars = (m: Map<string, number>) =>
  [...m]
    .map(([label, studies]) => ({ label, studies }))
    .sort((a, b) => b.studies - a.studies || a.label.localeCompare(b.label));

describe("breakdownCohort", () => {
  it("gives every dimension's bars as tallied from the rows, for the whole catalogue and for a filter", async () => {
    const rows = randomStudies(31, 150, "3.1");
    const { datasetId } = await importRows("engine-breakdown", rows);
    for (const f of [EMPTY_FILTER, filter({ methods: ["MRI 3T", "MRI 1.5T"], sex: ["F", "M"] })]) {
      const expected = bruteForce(rows, f);
      const t = tallyBreakdown(expected);
      const b = await breakdownCohort(scratch.db, datasetId, f);
      if (!b.ok) throw new Error(JSON.stringify(b.problems));
      expect(b).toMatchObject({ version: 1, studies: expected.length, sizeBytes: sum(expected) });
      // conditions and methods list every value of the catalogue, zero or not; the tally only has the non-zero ones
      expect(b.conditions.filter((x) => x.studies > 0)).toEqual(sortedBars(t.conditions));
      expect(b.conditions.map((x) => x.label).sort()).toEqual([...new Set(rows.flatMap((r) => r.conditions))].sort());
      expect(b.methods.filter((x) => x.studies > 0)).toEqual(sortedBars(t.methods));
      expect(b.scanners).toEqual(sortedBars(t.scanners));
      // sex: only values present, in the fixed order unknown, female, male, other
      expect(b.sex).toEqual(
        ["Not recorded", "Female", "Male", "Other"]
          .filter((l) => t.sex.has(l))
          .map((label) => ({ label, studies: t.sex.get(label) })),
      );
      // ages: every band in order (zeros kept), "Not recorded" only when some study has no age
      const bands = ["0-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90+"];
      expect(b.ages).toEqual(
        [...bands, ...(t.ages.has("Not recorded") ? ["Not recorded"] : [])].map((label) => ({
          label,
          studies: t.ages.get(label) ?? 0,
        })),
      );
      // field strengths by tesla ascending, 0 (not recorded) first
      const order = (l: string) => (l === "Not recorded" ? 0 : parseFloat(l));
      expect(b.fieldStrengths).toEqual(
        [...t.fieldStrengths].sort((x, y) => order(x[0]) - order(y[0])).map(([label, studies]) => ({ label, studies })),
      );
      expect(b.ages.reduce((s, x) => s + x.studies, 0)).toBe(expected.length);
    }
  });

  it("refuses a filter naming a value the catalogue does not hold, saying which", async () => {
    const { datasetId } = await importRows("engine-unknown", randomStudies(32, 20, "3.2"));
    const b = await breakdownCohort(scratch.db, datasetId, filter({ methods: ["PET"] }));
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.problems).toEqual([expect.objectContaining({ param: "method" })]);
  });
});

describe("countCohort", () => {
  it("counts on the latest version by default and on an older version when asked", async () => {
    const v1Rows = randomStudies(33, 60, "3.3");
    const { datasetId } = await importRows("engine-versions", v1Rows);
    const v2Rows = [...v1Rows, ...randomStudies(34, 40, "3.4")];
    await importRows("engine-versions", v2Rows);
    clearCatalogueCache();
    const f = filter({ conditions: ["Disc herniation", "Scoliosis"] });
    const latest = await countCohort(scratch.db, datasetId, f);
    const onV1 = await countCohort(scratch.db, datasetId, f, 1);
    const expected = (rows: LabelRow[]) => ({
      studies: bruteForce(rows, f).length,
      sizeBytes: sum(bruteForce(rows, f)),
    });
    expect(latest).toEqual({ ok: true, version: 2, ...expected(v2Rows) });
    expect(onV1).toEqual({ ok: true, version: 1, ...expected(v1Rows) });
    expect(latest.ok && onV1.ok && latest.studies).toBeGreaterThan(onV1.ok ? onV1.studies : 0);
    // asked again (the memo), the same answer
    expect(await countCohort(scratch.db, datasetId, f, 1)).toEqual(onV1);
  });

  it("a dataset without a catalogue is version 0 and counts nothing", async () => {
    const d = await scratch.db.dataset.create({ data: { slug: "engine-empty", title: "T" } });
    expect((await catalogueIndex(scratch.db, d.id)).version).toBe(0);
    expect(await countCohort(scratch.db, d.id, EMPTY_FILTER)).toEqual({
      ok: true,
      version: 0,
      studies: 0,
      sizeBytes: 0,
    });
  });
});

describe("datasetIdCached", () => {
  /** The real dataset table, counting the lookups. */
  function counting(db: Db) {
    let reads = 0;
    const dataset = new Proxy(db.dataset, {
      get(target, prop, receiver) {
        if (prop === "findUnique") reads++;
        return Reflect.get(target, prop, receiver);
      },
    });
    return { client: { dataset }, reads: () => reads };
  }

  it("keeps a found id for VERSION_CHECK_MS, and never keeps a miss", async () => {
    const c = counting(scratch.db);
    const t0 = 5_000_000;
    expect(await datasetIdCached(c.client, "engine-later", () => t0)).toBeNull();
    const created = await scratch.db.dataset.create({ data: { slug: "engine-later", title: "T" } });
    // a miss is not remembered: the dataset created a moment later is seen at once
    expect(await datasetIdCached(c.client, "engine-later", () => t0 + 1)).toBe(created.id);
    expect(c.reads()).toBe(2);
    expect(await datasetIdCached(c.client, "engine-later", () => t0 + VERSION_CHECK_MS)).toBe(created.id);
    expect(c.reads()).toBe(2); // within the window of the lookup at t0 + 1
    expect(await datasetIdCached(c.client, "engine-later", () => t0 + 1 + VERSION_CHECK_MS)).toBe(created.id);
    expect(c.reads()).toBe(3);
  });
});
