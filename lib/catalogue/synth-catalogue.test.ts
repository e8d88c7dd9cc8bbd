// synthesiseCatalogue's own contract on a scratch database (SQLite, or PostgreSQL with TEST_DATABASE_URL), through the
// real Prisma sink wrapped to watch it: rows written in batches as pending rows and published as one version whose
// per-cell counts are the statistics'; the sink always closed; an identical re-run skipped; a new seed retires only
// the synthetic studies; an interrupted run leaves nothing visible and is discarded by the next one. (Agreement with
// imported statistics is in synth.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StatRow } from "../dataset/csv/types";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { importLabels } from "./import-labels";
import type { CatalogueInsert } from "./rows";
import { prismaSink } from "./sinks/prisma-sink";
import type { RowSink } from "./sinks/types";
import { synthesiseCatalogue, synthFingerprint, type SynthCatalogueInput } from "./synth-catalogue";
import { labelsCsv, randomStudies } from "./test-utils/catalogue";
import { latestVersion } from "./versions";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

const stats: StatRow[] = [
  { condition: "Disc herniation", method: "MRI 1.5T", studies: 60 },
  { condition: "Disc herniation", method: "MRI 3T", studies: 25 },
  { condition: "Scoliosis", method: "MRI 1.5T", studies: 15 },
];
const TOTAL = 100; // the statistics' own total, so every cell is exactly its count

/** The real Prisma sink, recording batch sizes and closes; `failOnWrite` makes that write (1-based) throw instead. */
function watchedSink(failOnWrite?: number) {
  const inner = prismaSink(scratch.db);
  const seen = { batches: [] as number[], closed: 0 };
  const sink: RowSink = {
    async write(rows: CatalogueInsert[]) {
      if (seen.batches.length + 1 === failOnWrite) throw new Error("bulk connection lost (test)");
      seen.batches.push(rows.length);
      await inner.write(rows);
    },
    async close() {
      seen.closed++;
      await inner.close();
    },
  };
  return { sink, seen };
}

const synth = (slug: string, seed: string, sink: RowSink, extra: Partial<SynthCatalogueInput> = {}) =>
  synthesiseCatalogue(scratch.db, { datasetSlug: slug, studies: TOTAL, seed, stats, sink, batchSize: 32, ...extra });

/** Live studies per (primary condition, method) by name, and how many are synthetic. */
async function liveCells(datasetId: string) {
  const v = await latestVersion(scratch.db, datasetId);
  const rows = await scratch.db.catalogueStudy.findMany({
    where: { datasetId, addedIn: { lte: v }, OR: [{ removedIn: null }, { removedIn: { gt: v } }] },
  });
  const codes = await scratch.db.catalogueCode.findMany({ where: { datasetId } });
  const name = (kind: string, code: number) => codes.find((c) => c.kind === kind && c.code === code)?.value;
  const cells = new Map<string, number>();
  for (const r of rows) {
    if (!r.synthetic) continue;
    const k = `${name("condition", r.primaryCondition)} / ${name("method", r.method)}`;
    cells.set(k, (cells.get(k) ?? 0) + 1);
  }
  return { cells, total: rows.length, synthetic: rows.filter((r) => r.synthetic).length };
}
const expectedCells = new Map(stats.map((s) => [`${s.condition} / ${s.method}`, s.studies]));

describe("synthFingerprint", () => {
  it("is the same for the same inputs and differs when the size, the seed or a count changes", () => {
    const f = synthFingerprint(100, "a", stats);
    expect(
      synthFingerprint(
        100,
        "a",
        stats.map((s) => ({ ...s })),
      ),
    ).toBe(f);
    expect(f).toMatch(/^studies=100 seed=a stats=[0-9a-f]{16}$/);
    const changed = [{ ...stats[0]!, studies: 61 }, ...stats.slice(1)];
    expect(
      new Set([
        f,
        synthFingerprint(101, "a", stats),
        synthFingerprint(100, "b", stats),
        synthFingerprint(100, "a", changed),
      ]).size,
    ).toBe(4);
  });
});

describe("synthesiseCatalogue", () => {
  it("writes the studies in batches, publishes them as one version with the statistics' cells, and closes the sink", async () => {
    const { sink, seen } = watchedSink();
    const progress: number[] = [];
    let pendingAtPublish: { latest: number; rows: number } | undefined;
    const r = await synth("synth-a", "one", sink, {
      onProgress: (done, total) => {
        expect(total).toBe(TOTAL);
        progress.push(done);
      },
      beforePublish: async () => {
        const d = await scratch.db.dataset.findUniqueOrThrow({ where: { slug: "synth-a" } });
        pendingAtPublish = {
          latest: await latestVersion(scratch.db, d.id),
          rows: await scratch.db.catalogueStudy.count({ where: { datasetId: d.id } }),
        };
      },
    });
    // 100 rows in batches of 32: 32, 32, 32 and the last 4
    expect(seen.batches).toEqual([32, 32, 32, 4]);
    expect(progress).toEqual([32, 64, 96, 100]);
    expect(seen.closed).toBe(1);
    // written but not yet visible when beforePublish runs
    expect(pendingAtPublish).toEqual({ latest: 0, rows: TOTAL });
    expect(r).toMatchObject({
      skipped: false,
      latestVersion: 1,
      fingerprint: synthFingerprint(TOTAL, "one", stats),
      version: { number: 1, studies: TOTAL, added: TOTAL, removed: 0 },
    });
    expect((await liveCells(r.datasetId)).cells).toEqual(expectedCells);
    const v = await scratch.db.catalogueVersion.findFirstOrThrow({ where: { datasetId: r.datasetId } });
    expect(v).toMatchObject({ source: "catalog:synth", note: r.fingerprint });
    const audit = await scratch.db.auditEvent.findFirstOrThrow({
      where: { action: "catalogue.synthesised", targetId: "1" },
    });
    expect(JSON.parse(audit.details!)).toEqual({ studies: TOTAL, seed: "one", added: TOTAL, withdrawn: 0 });
  });

  it("skips an identical re-run (closing the sink, writing nothing); a new seed retires only synthetic studies", async () => {
    const labelled = randomStudies(71, 12, "7.1");
    const { datasetId } = await importLabels(scratch.db, {
      datasetSlug: "synth-b",
      fileName: "labels.csv",
      open: () => [Buffer.from(labelsCsv(labelled))],
      actor: null,
      importedBy: "test",
    });
    const first = await synth("synth-b", "one", watchedSink().sink);
    expect(first.latestVersion).toBe(2);

    const again = watchedSink();
    expect(await synth("synth-b", "one", again.sink)).toMatchObject({ skipped: true, version: null, latestVersion: 2 });
    expect(again.seen).toEqual({ batches: [], closed: 1 });

    const reseeded = await synth("synth-b", "two", watchedSink().sink);
    expect(reseeded.version).toMatchObject({ number: 3, added: TOTAL, removed: TOTAL, studies: TOTAL + 12 });
    const after = await liveCells(datasetId);
    expect(after).toMatchObject({ total: TOTAL + 12, synthetic: TOTAL });
    expect(after.cells).toEqual(expectedCells);
  });

  it("an interrupted run publishes nothing and leaves the old set live; the next run discards its leftovers", async () => {
    const ok = await synth("synth-c", "one", watchedSink().sink);
    const broken = watchedSink(2); // the second batch fails
    await expect(synth("synth-c", "two", broken.sink)).rejects.toThrow(/connection lost/);
    expect(broken.seen.closed).toBe(1);
    expect(await latestVersion(scratch.db, ok.datasetId)).toBe(1);
    // the first batch is there, pending (above the latest version), and the old set is marked for retirement
    expect(await scratch.db.catalogueStudy.count({ where: { datasetId: ok.datasetId, addedIn: 2 } })).toBe(32);
    expect(await scratch.db.catalogueStudy.count({ where: { datasetId: ok.datasetId, removedIn: 2 } })).toBe(TOTAL);
    expect((await liveCells(ok.datasetId)).cells).toEqual(expectedCells);

    const retry = await synth("synth-c", "two", watchedSink().sink);
    expect(retry.version).toMatchObject({ number: 2, added: TOTAL, removed: TOTAL, studies: TOTAL });
    expect(await scratch.db.catalogueStudy.count({ where: { datasetId: ok.datasetId } })).toBe(2 * TOTAL);
  });

  it("refuses a size outside 1..50,000,000 before writing anything", async () => {
    for (const studies of [0, -5, 2.5, 50_000_001]) {
      const { sink, seen } = watchedSink();
      await expect(synth("synth-d", "x", sink, { studies })).rejects.toThrow("studies must be 1..50,000,000");
      expect(seen.batches).toEqual([]);
    }
    expect(await scratch.db.dataset.findUnique({ where: { slug: "synth-d" } })).toBeNull();
  });
});
