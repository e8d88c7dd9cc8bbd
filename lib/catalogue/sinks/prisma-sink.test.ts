// The portable sink writes every column of every row as given, across more rows than one statement takes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";
import { byUid, sinkRows, storedRows } from "../test-utils/sink-rows";
import { prismaSink } from "./prisma-sink";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

describe("prismaSink", () => {
  it("stores 3,100 rows (three statements) exactly, and an empty batch is a no-op", async () => {
    const rows = sinkRows("ds-prisma", 3100);
    const sink = prismaSink(scratch.db);
    await sink.write([]);
    await sink.write(rows);
    await sink.close();
    expect(await storedRows(scratch.db, "ds-prisma")).toEqual(byUid(rows));
  });

  it("a failing statement reports the database error (a duplicate UID and version)", async () => {
    const [row] = sinkRows("ds-dup", 1);
    const sink = prismaSink(scratch.db);
    await sink.write([row!]);
    await expect(sink.write([row!])).rejects.toThrow();
    expect(await storedRows(scratch.db, "ds-dup")).toHaveLength(1);
  });
});
