// Catalogue versions on a real scratch database: publishing counts and stamps exactly the pending rows, publishes
// nothing when nothing is pending, rolls everything back when the caller's step fails, and discardPending undoes an
// interrupted writer. SQLite, or PostgreSQL with TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { discardPending, latestVersion, listVersions, primaryByMethod, publishVersion } from "./versions";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

const at = (iso: string) => () => new Date(iso);
let n = 0;
async function dataset(): Promise<string> {
  n++;
  return (await scratch.db.dataset.create({ data: { slug: `versions-${n}`, title: "T" } })).id;
}

type Row = { uid: string; primary?: number; method?: number; size?: number; addedIn: number; removedIn?: number };
async function insert(datasetId: string, rows: Row[]) {
  await scratch.db.catalogueStudy.createMany({
    data: rows.map((r) => ({
      datasetId,
      studyInstanceUid: r.uid,
      addedIn: r.addedIn,
      removedIn: r.removedIn ?? null,
      conditions: 1 << ((r.primary ?? 1) - 1),
      primaryCondition: r.primary ?? 1,
      method: r.method ?? 1,
      sequences: 0,
      sex: 1,
      age: 40,
      race: 0,
      manufacturer: 1,
      model: 1,
      fieldStrength: 1500,
      studyYear: 2020,
      seriesCount: 1,
      instanceCount: 1,
      sizeBytes: BigInt(r.size ?? 100),
      objectKey: `${r.uid}.zip`,
      sha256: "0".repeat(64),
    })),
  });
}
const retire = (datasetId: string, uids: string[], version: number) =>
  scratch.db.catalogueStudy.updateMany({
    where: { datasetId, studyInstanceUid: { in: uids }, removedIn: null },
    data: { removedIn: version },
  });

describe("catalogue versions", () => {
  it("a dataset without a catalogue is at version 0 and publishing nothing gives null and no version", async () => {
    const id = await dataset();
    expect(await latestVersion(scratch.db, id)).toBe(0);
    expect(await publishVersion(scratch.db, { datasetId: id, source: "test" })).toBeNull();
    expect(await listVersions(scratch.db, id)).toEqual([]);
  });

  it("publishes pending additions and retirements as the next version, with counts, size, clock and summary", async () => {
    const id = await dataset();
    await insert(id, [
      { uid: "a", primary: 1, method: 1, size: 10, addedIn: 1 },
      { uid: "b", primary: 1, method: 2, size: 20, addedIn: 1 },
      { uid: "c", primary: 2, method: 1, size: 30, addedIn: 1 },
    ]);
    const v1 = await publishVersion(
      scratch.db,
      { datasetId: id, source: "labels.csv", note: "first" },
      at("2026-01-02T03:04:05Z"),
    );
    expect(v1).toEqual({
      number: 1,
      studies: 3,
      added: 3,
      removed: 0,
      sizeBytes: 60n,
      createdAt: new Date("2026-01-02T03:04:05Z"),
    });
    expect(await latestVersion(scratch.db, id)).toBe(1);

    // Version 2: "a" retired, "c" relabelled (retired and re-added), "d" new.
    await retire(id, ["a", "c"], 2);
    await insert(id, [
      { uid: "c", primary: 3, method: 1, size: 35, addedIn: 2 },
      { uid: "d", primary: 1, method: 1, size: 40, addedIn: 2 },
    ]);
    const v2 = await publishVersion(scratch.db, { datasetId: id, source: "labels.csv" }, at("2026-02-01T00:00:00Z"));
    expect(v2).toMatchObject({ number: 2, studies: 3, added: 2, removed: 2, sizeBytes: 95n });

    const [latest, first] = await listVersions(scratch.db, id);
    expect(latest).toMatchObject({ number: 2, note: null, source: "labels.csv" });
    expect(first).toMatchObject({ number: 1, note: "first" });
    const sorted = (xs: [number, number, number][]) => [...xs].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    expect(sorted(JSON.parse(first!.summary!))).toEqual([
      [1, 1, 1],
      [1, 2, 1],
      [2, 1, 1],
    ]);
    expect(sorted(JSON.parse(latest!.summary!))).toEqual([
      [1, 1, 1],
      [1, 2, 1],
      [3, 1, 1],
    ]);
    // Each version still answers as it was.
    expect(sorted(await primaryByMethod(scratch.db, id, 1))).toEqual(sorted(JSON.parse(first!.summary!)));

    // Live pre-aggregates are exactly the version-2 studies.
    const combos = await scratch.db.catalogueCombo.aggregate({
      where: { datasetId: id, removedIn: 0 },
      _sum: { studies: true, sizeBytes: true },
    });
    expect(combos._sum).toEqual({ studies: 3, sizeBytes: 95n });

    // A re-run with nothing new publishes nothing.
    expect(await publishVersion(scratch.db, { datasetId: id, source: "labels.csv" })).toBeNull();
    expect(await latestVersion(scratch.db, id)).toBe(2);
  });

  it("rolls back the version and the pre-aggregates when the caller's step in the transaction fails", async () => {
    const id = await dataset();
    await insert(id, [{ uid: "a", size: 10, addedIn: 1 }]);
    await publishVersion(scratch.db, { datasetId: id, source: "t" });
    await insert(id, [{ uid: "b", size: 20, addedIn: 2 }]);
    await expect(
      publishVersion(scratch.db, { datasetId: id, source: "t" }, undefined, async () => {
        throw new Error("audit row failed");
      }),
    ).rejects.toThrow("audit row failed");
    expect(await latestVersion(scratch.db, id)).toBe(1);
    const combos = await scratch.db.catalogueCombo.aggregate({
      where: { datasetId: id },
      _sum: { studies: true, sizeBytes: true },
    });
    expect(combos._sum).toEqual({ studies: 1, sizeBytes: 10n });
    // The pending row is still there, so a retry publishes it.
    expect(await publishVersion(scratch.db, { datasetId: id, source: "t" })).toMatchObject({ number: 2, added: 1 });
  });

  it("discardPending removes rows added above the latest version and un-retires rows retired above it", async () => {
    const id = await dataset();
    const other = await dataset();
    await insert(id, [
      { uid: "a", addedIn: 1 },
      { uid: "b", addedIn: 1 },
    ]);
    await publishVersion(scratch.db, { datasetId: id, source: "t" });
    await insert(other, [{ uid: "x", addedIn: 1 }]); // pending in another dataset: untouched
    // An interrupted writer of version 2.
    await retire(id, ["b"], 2);
    await insert(id, [
      { uid: "b", addedIn: 2 },
      { uid: "c", addedIn: 2 },
    ]);
    expect(await discardPending(scratch.db, id)).toEqual({ rows: 2, unretired: 1 });
    const rows = await scratch.db.catalogueStudy.findMany({
      where: { datasetId: id },
      orderBy: { studyInstanceUid: "asc" },
    });
    expect(rows.map((r) => [r.studyInstanceUid, r.addedIn, r.removedIn])).toEqual([
      ["a", 1, null],
      ["b", 1, null],
    ]);
    expect(await scratch.db.catalogueStudy.count({ where: { datasetId: other } })).toBe(1);
    expect(await discardPending(scratch.db, id)).toEqual({ rows: 0, unretired: 0 });
    expect(await publishVersion(scratch.db, { datasetId: id, source: "t" })).toBeNull();
  });

  it("listVersions gives the newest first and at most `take`", async () => {
    const id = await dataset();
    for (let v = 1; v <= 3; v++) {
      await insert(id, [{ uid: `s${v}`, addedIn: v }]);
      await publishVersion(scratch.db, { datasetId: id, source: `v${v}` });
    }
    expect((await listVersions(scratch.db, id, 2)).map((v) => v.number)).toEqual([3, 2]);
  });
});
