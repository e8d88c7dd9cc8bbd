// The PostgreSQL bulk sink (COPY FROM STDIN, text format) stores every column as given, escaping backslashes, quotes
// and non-ASCII, across more than one chunk; a failing COPY stores nothing. Runs with TEST_DATABASE_URL only.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";
import { byUid, sinkRows, storedRows } from "../test-utils/sink-rows";
import { pgCopySink } from "./pg-copy-sink";

const onPostgres = !!process.env.TEST_DATABASE_URL?.startsWith("postgres");
let scratch: ScratchDb;
beforeAll(async () => {
  if (onPostgres) scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

async function sink() {
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  return pgCopySink(client);
}

describe.runIf(onPostgres)("pgCopySink", () => {
  it("stores every column of 4,500 rows (three COPY chunks) exactly", async () => {
    const rows = sinkRows("ds-pg", 4500);
    const s = await sink();
    await s.write([]);
    await s.write(rows);
    await s.close();
    expect(await storedRows(scratch.db, "ds-pg")).toEqual(byUid(rows));
  });

  it("escapes tabs, newlines and backslashes so a value cannot shift the columns", async () => {
    const [row] = sinkRows("ds-pg-esc", 1);
    const odd = { ...row!, objectKey: "a\tb\nc\\d\re\\N" };
    const s = await sink();
    await s.write([odd]);
    await s.close();
    expect(await storedRows(scratch.db, "ds-pg-esc")).toEqual([odd]);
  });

  it("a COPY that fails (duplicate row) stores nothing of its batch", async () => {
    const rows = sinkRows("ds-pg-tx", 10);
    const s = await sink();
    await expect(s.write([...rows, rows[3]!])).rejects.toThrow();
    await s.close();
    expect(await storedRows(scratch.db, "ds-pg-tx")).toEqual([]);
  });
});
