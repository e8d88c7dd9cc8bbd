// whereOf selects, on the real CatalogueStudy table, exactly the studies a brute-force pass over the label rows finds,
// for random filters and for each catalogue version (studies added, removed and relabelled between imports). SQLite
// scratch database, or PostgreSQL with TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/sqlite/client";
import { mulberry32 } from "../synth/rng";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { compileFilter, type CodedFilter } from "./compile";
import { loadDictionary } from "./dictionary";
import { canonicalFilter, cohortFilterSchema, type CohortFilter } from "./filter";
import { importLabels } from "./import-labels";
import { randomFilter } from "./random-filter";
import { whereOf } from "./sql-filter";
import { bruteForce, labelsCsv, randomStudies, vocabOf } from "./test-utils/catalogue";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

const importCsv = async (slug: string, csv: string) => {
  const r = await importLabels(scratch.db, {
    datasetSlug: slug,
    fileName: "labels.csv",
    open: () => [Buffer.from(csv)],
    actor: null,
    importedBy: "test",
  });
  return { datasetId: r.datasetId, version: r.version!.number };
};

async function uidsWhere(datasetId: string, f: CohortFilter | CodedFilter, version: number): Promise<string[]> {
  let c: CodedFilter;
  if ("condMask" in f) c = f;
  else {
    const compiled = compileFilter(f, await loadDictionary(scratch.db, datasetId));
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    c = compiled.coded;
  }
  const rows = await scratch.db.$queryRaw<{ studyInstanceUid: string }[]>(
    Prisma.sql`SELECT "studyInstanceUid" FROM "CatalogueStudy" WHERE ${whereOf(datasetId, c, version)}`,
  );
  return rows.map((r) => r.studyInstanceUid).sort();
}
const uids = (rows: { studyInstanceUid: string }[]) => rows.map((r) => r.studyInstanceUid).sort();

describe("whereOf", () => {
  it("selects what brute force finds, for random filters, at each of two catalogue versions", async () => {
    const v1Rows = randomStudies(11, 200);
    const { datasetId, version: v1 } = await importCsv("sql-filter", labelsCsv(v1Rows));
    // Version 2 (an import keeps studies absent from its file): 20 studies relabelled, 30 new ones.
    const changed = randomStudies(12, 20).map((s, i) => ({ ...s, studyInstanceUid: v1Rows[40 + i]!.studyInstanceUid }));
    const added = randomStudies(13, 30, "9.9.9");
    const { version: v2 } = await importCsv("sql-filter", labelsCsv([...changed, ...added]));
    const v2Rows = [...v1Rows.slice(0, 40), ...changed, ...v1Rows.slice(60), ...added];
    expect(v2).toBe(v1 + 1);

    const all = cohortFilterSchema.parse({});
    expect(await uidsWhere(datasetId, all, v1)).toEqual(uids(v1Rows));
    expect(await uidsWhere(datasetId, all, v2)).toEqual(uids(v2Rows));

    const r = mulberry32(4242);
    // Only values both versions know, so every filter compiles against the (shared) dictionary.
    const vocab = vocabOf([...v1Rows, ...v2Rows]);
    for (let i = 0; i < 60; i++) {
      const f = canonicalFilter(randomFilter(r, vocab));
      expect({ f, got: await uidsWhere(datasetId, f, v1) }).toEqual({ f, got: uids(bruteForce(v1Rows, f)) });
      expect({ f, got: await uidsWhere(datasetId, f, v2) }).toEqual({ f, got: uids(bruteForce(v2Rows, f)) });
    }
  });

  it("keeps to its dataset, and selects nothing before the first version", async () => {
    const a = await importCsv("sql-filter-a", labelsCsv(randomStudies(21, 15, "1.1")));
    const b = await importCsv("sql-filter-b", labelsCsv(randomStudies(22, 10, "2.2")));
    const all = cohortFilterSchema.parse({});
    expect((await uidsWhere(a.datasetId, all, a.version)).every((u) => u.startsWith("1.1."))).toBe(true);
    expect(await uidsWhere(b.datasetId, all, b.version)).toHaveLength(10);
    expect(await uidsWhere(a.datasetId, all, 0)).toEqual([]);
  });

  it("an all-zero lookup table (no allowed code) selects nothing rather than everything", async () => {
    const rows = randomStudies(31, 12, "3.3");
    const { datasetId, version } = await importCsv("sql-filter-empty", labelsCsv(rows));
    const compiled = compileFilter(cohortFilterSchema.parse({}), await loadDictionary(scratch.db, datasetId));
    if (!compiled.ok) throw new Error("empty filter must compile");
    const none = { ...compiled.coded, methods: new Uint8Array(8) };
    expect(await uidsWhere(datasetId, none, version)).toEqual([]);
  });
});
