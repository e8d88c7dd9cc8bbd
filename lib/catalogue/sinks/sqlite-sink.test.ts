// The SQLite bulk sink (better-sqlite3, one transaction per batch) stores every column as given; a batch that fails
// part-way stores none of its rows. Runs on the SQLite scratch database only.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlitePath } from "../../db/create-client";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";
import { byUid, sinkRows, storedRows } from "../test-utils/sink-rows";
import { sqliteSink } from "./sqlite-sink";

const onSqlite = !process.env.TEST_DATABASE_URL?.startsWith("postgres");
let scratch: ScratchDb;
beforeAll(async () => {
  if (onSqlite) scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

describe.runIf(onSqlite)("sqliteSink", () => {
  it("stores every column of every row exactly as the portable sink would", async () => {
    const rows = sinkRows("ds-sqlite", 2500);
    const sink = sqliteSink(new Database(sqlitePath(scratch.url)));
    await sink.write(rows.slice(0, 1000));
    await sink.write(rows.slice(1000));
    await sink.write([]);
    await sink.close();
    expect(await storedRows(scratch.db, "ds-sqlite")).toEqual(byUid(rows));
  });

  it("a batch with a duplicate row stores nothing of that batch", async () => {
    const rows = sinkRows("ds-sqlite-tx", 10);
    const sink = sqliteSink(new Database(sqlitePath(scratch.url)));
    await expect(sink.write([...rows, rows[3]!])).rejects.toThrow(/UNIQUE/);
    await sink.close();
    expect(await storedRows(scratch.db, "ds-sqlite-tx")).toEqual([]);
  });
});
