// Bulk-import settings on a scratch SQLite database: WAL and synchronous=NORMAL after tuning; other URLs untouched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { tuneForImport } from "./tune-sqlite";

let s: ScratchDb;
beforeAll(async () => (s = await createScratchDb()));
afterAll(() => s?.cleanup());

describe("tuneForImport", () => {
  it.runIf(!process.env.TEST_DATABASE_URL)("switches a SQLite database to WAL with synchronous=NORMAL", async () => {
    await tuneForImport(s.db, s.url);
    const [mode] = await s.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode?.journal_mode).toBe("wal");
    const [sync] = await s.db.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
    expect(Number(sync?.synchronous)).toBe(1); // NORMAL
  });

  it("does nothing for a non-file URL (PostgreSQL)", async () => {
    const calls: string[] = [];
    const spy = new Proxy(s.db, {
      get: (target, prop) =>
        prop === "$queryRawUnsafe" || prop === "$executeRawUnsafe"
          ? (sql: string) => void calls.push(sql)
          : Reflect.get(target, prop),
    });
    await tuneForImport(spy, "postgresql://postgres@127.0.0.1:5432/t2_t");
    expect(calls).toEqual([]);
  });
});
