// writeBatch on a scratch database: new studies are created, known ones merged, and a study another import created
// between the check and the insert is merged instead of failing the flush.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/create-client";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { instance, partsOf, studyRows, writeContext } from "./test-utils/parts";
import { updateStudy } from "./update-study";
import { writeBatch } from "./write-batch";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

/** The same database, but `meanwhile` runs once right after the first study lookup returns (another importer). */
function withRace(db: Db, meanwhile: () => Promise<unknown>): Db {
  let raced = false;
  const study = new Proxy(db.study, {
    get(target, prop) {
      if (prop !== "findMany") return Reflect.get(target, prop);
      return async (...args: Parameters<typeof target.findMany>) => {
        const rows = await target.findMany(...args);
        if (!raced) {
          raced = true;
          await meanwhile();
        }
        return rows;
      };
    },
  });
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "study") return study;
      const v: unknown = Reflect.get(target, prop);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}

describe("writeBatch", () => {
  it("does nothing for an empty batch", async () => {
    const ctx = await writeContext(scratch.db);
    expect(await writeBatch(scratch.db, ctx, [])).toEqual({
      studyIds: [],
      studies: 0,
      series: 0,
      instances: 0,
      problems: [],
    });
  });

  it("creates the new studies and merges the known ones, adding up what was written", async () => {
    const ctx = await writeContext(scratch.db);
    await writeBatch(scratch.db, ctx, partsOf([instance(1, 1, 1)]));
    const w = await writeBatch(
      scratch.db,
      ctx,
      partsOf([instance(1, 1, 1), instance(1, 1, 2), instance(2, 1, 1), instance(2, 2, 1)]),
    );
    // Study 1: known, one new instance. Study 2: new, two series, two instances.
    expect(w).toMatchObject({ studies: 1, series: 2, instances: 3, problems: [] });
    const rows = await studyRows(scratch.db, ctx.datasetId);
    expect(rows.map((s) => [s.studyInstanceUid, s.seriesCount, s.instanceCount])).toEqual([
      ["1.2.3.1", 1, 2],
      ["1.2.3.2", 2, 2],
    ]);
    expect(w.studyIds.slice().sort()).toEqual(rows.map((s) => s.id).sort());
  });

  it("merges a 'new' study that another import created meanwhile, keeping both imports' files", async () => {
    const ctx = await writeContext(scratch.db);
    const other = partsOf([instance(2, 1, 9)]);
    const racing = withRace(scratch.db, () => updateStudy(scratch.db, ctx, other[0]!));
    const w = await writeBatch(racing, ctx, partsOf([instance(1, 1, 1), instance(2, 1, 1)]));
    // The bulk create failed as a whole (study 2 exists), so both were merged one by one: study 1 created there.
    expect(w).toMatchObject({ studies: 1, instances: 2 });
    const rows = await studyRows(scratch.db, ctx.datasetId);
    expect(rows.map((s) => [s.studyInstanceUid, s.instanceCount])).toEqual([
      ["1.2.3.1", 1],
      ["1.2.3.2", 2],
    ]);
  });

  it("passes on any other database error", async () => {
    const ctx = await writeContext(scratch.db);
    const bad = partsOf([instance(1, 1, 1), instance(1, 1, 2, { rel: "ST1/SE1/IM1" })]);
    await expect(writeBatch(scratch.db, ctx, bad)).rejects.not.toMatchObject({ code: "P2002" });
    expect(await scratch.db.study.count({ where: { datasetId: ctx.datasetId } })).toBe(0);
  });
});
