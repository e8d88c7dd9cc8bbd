// The raw multi-row INSERTs for series and instances, on a scratch database: every column lands as given (nulls too),
// more rows than one statement holds go in several, and a failing row inside a transaction leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import type { InstanceRow } from "./batch";
import { insertInstances, insertSeries, newId, type SeriesInsert } from "./bulk-insert";
import { writeContext } from "./test-utils/parts";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

async function newStudy(): Promise<string> {
  const ctx = await writeContext(scratch.db);
  const s = await scratch.db.study.create({
    data: { datasetId: ctx.datasetId, studyInstanceUid: "1.2.3", storageRoot: ctx.root },
  });
  return s.id;
}

const series = (studyId: string, over: Partial<SeriesInsert> = {}): SeriesInsert => ({
  id: newId(),
  studyId,
  seriesInstanceUid: "1.2.3.1",
  seriesNumber: 7,
  plane: "axial",
  description: "T2 AX",
  modality: "MR",
  instanceCount: 3,
  ...over,
});

const row = (seriesId: string, n: number, over: Partial<InstanceRow> = {}): InstanceRow & { seriesId: string } => ({
  seriesId,
  sopInstanceUid: `1.2.3.1.${n}`,
  sopClassUid: "1.2.840.10008.5.1.4.1.1.4",
  instanceNumber: n,
  rows: 512,
  columns: 448,
  frames: 1,
  bitsAllocated: 16,
  photometric: "MONOCHROME2",
  transferSyntaxUid: "1.2.840.10008.1.2.1",
  sliceLocation: -12.25,
  fileKey: `SE1/IM${String(n).padStart(5, "0")}`,
  jpgKey: `SE1/IM${String(n).padStart(5, "0")}.jpg`,
  sizeBytes: 1000 + n,
  sha256: "ab".repeat(32),
  ...over,
});

describe("newId", () => {
  it("is cuid-shaped (25 lowercase base-36 characters starting with c) and unique across many calls", () => {
    const ids = Array.from({ length: 5000 }, newId);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("insertSeries", () => {
  it("writes each series with the given id and values, nulls included", async () => {
    const studyId = await newStudy();
    const a = series(studyId);
    const b = series(studyId, {
      seriesInstanceUid: "1.2.3.2",
      seriesNumber: null,
      plane: null,
      description: null,
      modality: null,
      instanceCount: 0,
    });
    await insertSeries(scratch.db, [a, b]);
    const got = await scratch.db.series.findMany({ where: { studyId }, orderBy: { seriesInstanceUid: "asc" } });
    expect(got).toEqual([a, b]);
  });

  it("writes nothing for no rows", async () => {
    const studyId = await newStudy();
    await insertSeries(scratch.db, []);
    expect(await scratch.db.series.count({ where: { studyId } })).toBe(0);
  });
});

describe("insertInstances", () => {
  it("writes every column as given, with a fresh id per row", async () => {
    const studyId = await newStudy();
    const s = series(studyId);
    await insertSeries(scratch.db, [s]);
    const rows = [
      row(s.id, 1),
      row(s.id, 2, {
        sopClassUid: null,
        instanceNumber: null,
        rows: null,
        columns: null,
        bitsAllocated: null,
        photometric: null,
        sliceLocation: null,
        jpgKey: null,
        frames: 3,
      }),
    ];
    await insertInstances(scratch.db, rows);
    const got = await scratch.db.instance.findMany({ where: { seriesId: s.id }, orderBy: { fileKey: "asc" } });
    expect(got.map(({ id: _id, ...r }) => r)).toEqual(rows);
    expect(got[0]!.id).not.toBe(got[1]!.id);
    expect(got[0]!.id).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("writes more rows than one statement holds (1000) in several statements", async () => {
    const studyId = await newStudy();
    const s = series(studyId);
    await insertSeries(scratch.db, [s]);
    const rows = Array.from({ length: 2001 }, (_, i) => row(s.id, i + 1));
    await insertInstances(scratch.db, rows);
    expect(await scratch.db.instance.count({ where: { seriesId: s.id } })).toBe(2001);
    const last = await scratch.db.instance.findFirstOrThrow({ where: { seriesId: s.id, instanceNumber: 2001 } });
    expect(last.sizeBytes).toBe(3001);
  });

  it("inside a transaction, a row that breaks a constraint in a later statement rolls back the earlier ones", async () => {
    const studyId = await newStudy();
    const s = series(studyId);
    await insertSeries(scratch.db, [s]);
    // Row 1500 repeats row 1's (seriesId, fileKey), which is unique: the second statement fails.
    const rows = Array.from({ length: 1500 }, (_, i) => row(s.id, i + 1));
    rows[1499] = row(s.id, 1);
    await expect(
      scratch.db.$transaction(async (tx) => {
        await insertSeries(tx, [series(studyId, { seriesInstanceUid: "1.2.3.9" })]);
        await insertInstances(tx, rows);
      }),
    ).rejects.toThrow();
    expect(await scratch.db.instance.count({ where: { seriesId: s.id } })).toBe(0);
    expect(await scratch.db.series.count({ where: { studyId } })).toBe(1);
  });

  it("refuses a row whose series does not exist", async () => {
    await expect(insertInstances(scratch.db, [row("c-no-such-series", 1)])).rejects.toThrow();
  });
});
