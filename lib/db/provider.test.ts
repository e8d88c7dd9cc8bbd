// isPostgresClient tells the two generated clients apart (a few queries are written per dialect).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { isPostgresClient } from "./provider";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

describe("isPostgresClient", () => {
  it("is true exactly for a client on PostgreSQL, agreeing with the server's own answer", async () => {
    const onPg = scratch.url.startsWith("postgres");
    expect(isPostgresClient(scratch.db)).toBe(onPg);
    const probe = onPg ? "SELECT version() AS v" : "SELECT sqlite_version() AS v";
    const [row] = await scratch.db.$queryRawUnsafe<{ v: string }[]>(probe);
    expect(row!.v).toMatch(onPg ? /^PostgreSQL/ : /^3\./);
  });
});
