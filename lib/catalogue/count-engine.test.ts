// Property test: on random catalogues imported through the labels CSV, every random filter mix counts, sums and lists
// exactly what a brute-force pass over the studies finds. Real scratch database (SQLite, or PostgreSQL with
// TEST_DATABASE_URL), real parser, real pre-aggregates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { mulberry32 } from "../synth/rng";
import { breakdownCohort, catalogueIndex, clearCatalogueCache, countCohort, VERSION_CHECK_MS } from "./engine";
import { createCohort, isStudyInCohort, listCohortStudies } from "./cohorts";
import { importLabels } from "./import-labels";
import { bruteForce, labelsCsv, randomStudies, vocabOf } from "./test-utils/catalogue";
import { randomFilter } from "./random-filter";
import { canonicalFilter } from "./filter";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

const importRows = (slug: string, csv: string) =>
  importLabels(scratch.db, {
    datasetSlug: slug,
    fileName: "labels.csv",
    open: () => [Buffer.from(csv)],
    actor: null,
    importedBy: "test",
  });

describe("count engine vs brute force", () => {
  for (const seed of [1, 2, 3]) {
    it(`agrees on 150 random filters over random catalogue #${seed}`, async () => {
      const rows = randomStudies(seed, 400);
      const slug = `prop-${seed}`;
      const imported = await importRows(slug, labelsCsv(rows, seed === 2 ? ";" : ","));
      expect(imported.version?.number).toBe(1);
      const r = mulberry32(seed * 7919);
      for (let i = 0; i < 150; i++) {
        const f = canonicalFilter(randomFilter(r, vocabOf(rows)));
        const expected = bruteForce(rows, f);
        const got = await countCohort(scratch.db, imported.datasetId, f);
        if (!got.ok) throw new Error(JSON.stringify(got.problems));
        expect({ filter: f, studies: got.studies, bytes: got.sizeBytes }).toEqual({
          filter: f,
          studies: expected.length,
          bytes: expected.reduce((s, x) => s + x.sizeBytes, 0),
        });
        if (i % 10 === 0) {
          const b = await breakdownCohort(scratch.db, imported.datasetId, f);
          if (!b.ok) throw new Error("breakdown refused");
          expect(b.studies).toBe(expected.length);
          expect(b.sex.reduce((s, x) => s + x.studies, 0)).toBe(expected.length);
          const cohort = await createCohort(scratch.db, imported.datasetId, f);
          if (!cohort.ok) throw new Error("cohort refused");
          const listed = await listCohortStudies(scratch.db, cohort.cohort, { limit: 10_000 });
          expect(listed.map((s) => s.studyInstanceUid).sort()).toEqual(expected.map((s) => s.studyInstanceUid).sort());
          const inside = expected[0];
          if (inside) expect(await isStudyInCohort(scratch.db, cohort.cohort, inside.studyInstanceUid)).toBe(true);
          const outside = rows.find((x) => !expected.includes(x));
          if (outside) expect(await isStudyInCohort(scratch.db, cohort.cohort, outside.studyInstanceUid)).toBe(false);
        }
      }
    });
  }

  it("reports values the catalogue does not hold instead of counting zero", async () => {
    const rows = randomStudies(9, 20);
    const { datasetId } = await importRows("prop-unknown", labelsCsv(rows));
    const got = await countCohort(
      scratch.db,
      datasetId,
      canonicalFilter({ ...randomFilter(mulberry32(1), vocabOf(rows)), conditions: ["Unicorn"] }),
    );
    expect(got.ok).toBe(false);
    if (!got.ok)
      expect(got.problems).toContainEqual({ param: "condition", message: 'no condition "Unicorn" in the catalogue' });
  });
});

describe("catalogue versions", () => {
  it("a cohort evaluated on version N keeps its studies after version N+1 adds and relabels studies", async () => {
    const first = randomStudies(21, 200, "1.2.840.21");
    const v1 = await importRows("versions", labelsCsv(first));
    const filter = canonicalFilter({
      ...randomFilter(mulberry32(5), vocabOf(first)),
      conditions: ["Disc herniation"],
      match: "any",
    });
    const made = await createCohort(scratch.db, v1.datasetId, filter);
    if (!made.ok) throw new Error("cohort refused");
    const before = (await listCohortStudies(scratch.db, made.cohort, { limit: 10_000 }))
      .map((s) => s.studyInstanceUid)
      .sort();
    expect(before).toEqual(
      bruteForce(first, filter)
        .map((s) => s.studyInstanceUid)
        .sort(),
    );

    // Version 2: 100 new studies, and every study of version 1 now also has disc herniation.
    const added = randomStudies(22, 100, "1.2.840.22");
    const relabelled = first.map((s) => ({ ...s, conditions: [...new Set([...s.conditions, "Disc herniation"])] }));
    const v2 = await importRows("versions", labelsCsv([...relabelled, ...added]));
    expect(v2.version).toMatchObject({ number: 2, added: 100 + v2.changed, removed: v2.changed });
    expect(v2.added).toBe(100);
    clearCatalogueCache();

    const after = (await listCohortStudies(scratch.db, made.cohort, { limit: 10_000 }))
      .map((s) => s.studyInstanceUid)
      .sort();
    expect(after).toEqual(before);
    const onV1 = await countCohort(scratch.db, v1.datasetId, filter, 1);
    expect(onV1.ok && onV1.studies).toBe(made.cohort.studies);
    const onV2 = await countCohort(scratch.db, v1.datasetId, filter);
    expect(onV2.ok && onV2.studies).toBe(bruteForce([...relabelled, ...added], filter).length);

    // A process re-reads the latest version number at most every VERSION_CHECK_MS (injected clock).
    clearCatalogueCache();
    const t0 = 1_000_000;
    expect((await catalogueIndex(scratch.db, v1.datasetId, () => t0)).version).toBe(2);
    await importRows("versions", labelsCsv([...relabelled, ...added, ...randomStudies(23, 5, "1.2.840.23")]));
    expect((await catalogueIndex(scratch.db, v1.datasetId, () => t0 + VERSION_CHECK_MS - 1)).version).toBe(2);
    expect((await catalogueIndex(scratch.db, v1.datasetId, () => t0 + VERSION_CHECK_MS)).version).toBe(3);
    clearCatalogueCache();

    // The same file again: nothing changes, no version.
    const again = await importRows(
      "versions",
      labelsCsv([...relabelled, ...added, ...randomStudies(23, 5, "1.2.840.23")]),
    );
    expect(again).toMatchObject({ version: null, latestVersion: 3, added: 0, changed: 0, unchanged: 305 });
  });
});
