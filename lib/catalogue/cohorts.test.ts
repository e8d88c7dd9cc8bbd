// Cohorts' own contract on a scratch database (agreement with brute force and version pinning are in
// count-engine.test.ts): refusals write nothing, a stored cohort resolves to the same filter, and keyset pages cover
// the cohort exactly once whatever the page size.
import { describe, expect, it } from "vitest";
import { createCohort, isStudyInCohort, listCohortStudies, resolveCohort, type ResolvedCohort } from "./cohorts";
import { cohortFilterSchema } from "./filter";
import { bruteForce, randomStudies } from "./test-utils/catalogue";
import { scratchCatalogue } from "./test-utils/scratch-catalogue";

const rows = randomStudies(77, 120, "7.7");
const scratch = scratchCatalogue("cohorts", rows);

const cohortCount = () => scratch.db.cohort.count();

describe("cohorts", () => {
  it("refuses a filter naming unknown values, and an empty catalogue, storing no cohort", async () => {
    const before = await cohortCount();
    const bad = await createCohort(
      scratch.db,
      scratch.datasetId,
      cohortFilterSchema.parse({ conditions: ["No such thing"] }),
    );
    expect(bad).toEqual({
      ok: false,
      problems: [expect.objectContaining({ message: `no condition "No such thing" in the catalogue` })],
    });
    const empty = await scratch.db.dataset.create({ data: { slug: "cohorts-empty", title: "T" } });
    expect(await createCohort(scratch.db, empty.id, cohortFilterSchema.parse({}))).toEqual({
      ok: false,
      problems: [{ param: "filter", message: "the catalogue is empty" }],
    });
    expect(await cohortCount()).toBe(before);
  });

  it("stores the filter with the version and count, and resolves it back unchanged", async () => {
    const filter = cohortFilterSchema.parse({ sex: ["F", "M"], ageMin: 20, ageMax: 69 });
    const made = await createCohort(scratch.db, scratch.datasetId, filter);
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const expected = bruteForce(rows, filter);
    expect(made.cohort).toMatchObject({
      datasetId: scratch.datasetId,
      version: 1,
      filter,
      studies: expected.length,
      sizeBytes: BigInt(expected.reduce((s, x) => s + x.sizeBytes, 0)),
    });
    expect(await resolveCohort(scratch.db, made.cohort.id)).toEqual(made.cohort);
    expect(await resolveCohort(scratch.db, "no-such-cohort")).toBeNull();
  });

  it("pages through the cohort in id order, each study once, for any page size; limits are clamped", async () => {
    const filter = cohortFilterSchema.parse({});
    const made = await createCohort(scratch.db, scratch.datasetId, filter);
    if (!made.ok) throw new Error("empty filter must be valid");
    const cohort: ResolvedCohort = made.cohort;
    const all = await listCohortStudies(scratch.db, cohort, { limit: 10_000 });
    expect(all.map((s) => s.studyInstanceUid).sort()).toEqual(rows.map((r) => r.studyInstanceUid).sort());
    for (const limit of [1, 7, 119, 120]) {
      const seen: number[] = [];
      let after = 0;
      for (;;) {
        const page = await listCohortStudies(scratch.db, cohort, { after, limit });
        expect(page.length).toBeLessThanOrEqual(limit);
        if (page.length === 0) break;
        seen.push(...page.map((s) => Number(s.id)));
        after = Number(page.at(-1)!.id);
      }
      expect(seen).toEqual(all.map((s) => Number(s.id)));
    }
    expect(await listCohortStudies(scratch.db, cohort, { limit: 0 })).toHaveLength(1);
    expect(await listCohortStudies(scratch.db, cohort, { limit: -5 })).toHaveLength(1);
    const first = all[0]!;
    expect(first).toMatchObject({ objectKey: expect.any(String), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(BigInt(first.sizeBytes)).toBeGreaterThan(0n);
  });

  it("answers per study: in, out, and unknown UIDs", async () => {
    const filter = cohortFilterSchema.parse({ sex: ["F"] });
    const made = await createCohort(scratch.db, scratch.datasetId, filter);
    if (!made.ok) throw new Error("valid filter");
    const inside = rows.find((r) => r.sex === "F")!;
    const outside = rows.find((r) => r.sex !== "F")!;
    expect(await isStudyInCohort(scratch.db, made.cohort, inside.studyInstanceUid)).toBe(true);
    expect(await isStudyInCohort(scratch.db, made.cohort, outside.studyInstanceUid)).toBe(false);
    expect(await isStudyInCohort(scratch.db, made.cohort, "9.9.9.9")).toBe(false);
  });
});
