// createPrismaClient picks the driver from the URL: a SQLite file (created private, in a new folder if need be) or
// PostgreSQL (with TEST_DATABASE_URL). sqlitePath turns a file: URL into an absolute path.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { createPrismaClient, sqlitePath } from "./create-client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "create-client-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("sqlitePath", () => {
  it("strips file: and resolves relative paths against the working directory", () => {
    expect(sqlitePath("file:/srv/app/storefront.db")).toBe(path.resolve("/srv/app/storefront.db"));
    expect(sqlitePath("file:.data/storefront.db")).toBe(path.resolve(".data/storefront.db"));
    expect(sqlitePath("/abs/x.db")).toBe(path.resolve("/abs/x.db"));
  });
});

describe("createPrismaClient", () => {
  it("opens a SQLite file, creating its folder 0700 and the file 0600", async () => {
    const file = path.join(dir, "nested", "db.sqlite");
    const db = createPrismaClient(`file:${file}`);
    try {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      const rows = await db.$queryRawUnsafe<{ v: string }[]>("SELECT sqlite_version() AS v");
      expect(rows[0]!.v).toMatch(/^3\./);
    } finally {
      await db.$disconnect();
    }
  });

  it.runIf(!!process.env.TEST_DATABASE_URL?.startsWith("postgres"))(
    "opens PostgreSQL for a postgresql:// URL, creating no file",
    async () => {
      const before = fs.readdirSync(dir);
      const db = createPrismaClient(process.env.TEST_DATABASE_URL!);
      try {
        const rows = await db.$queryRawUnsafe<{ v: string }[]>("SELECT version() AS v");
        expect(rows[0]!.v).toMatch(/^PostgreSQL/);
      } finally {
        await db.$disconnect();
      }
      expect(fs.readdirSync(dir)).toEqual(before);
    },
  );
});

// Two processes on one SQLite file (two app instances, or the app and the importer) each hold their own connection.
// A transaction that reads and then writes, begun with a plain (deferred) BEGIN, fails with SQLITE_BUSY at once when
// another connection has taken the write lock in between: SQLite will not wait to upgrade a read lock, as that could
// deadlock, so the busy timeout never applies. Our transactions therefore take the write lock when they begin, and
// another connection's writer waits for them. (A second connection in this process stands in for the other process;
// with a busy timeout of 0 it reports the lock at once instead of blocking this thread.)
describe("createPrismaClient on a SQLite file other connections write to", () => {
  it("holds the write lock from the start of a transaction, in rollback-journal and WAL mode", async () => {
    const file = path.join(dir, "shared.sqlite");
    const db = createPrismaClient(`file:${file}`);
    const other = new Database(file, { timeout: 0 });
    try {
      for (const mode of ["DELETE", "WAL"]) {
        await db.$queryRawUnsafe(`PRAGMA journal_mode = ${mode}`);
        await db.$executeRawUnsafe("DROP TABLE IF EXISTS counter");
        await db.$executeRawUnsafe("CREATE TABLE counter (n INTEGER NOT NULL)");
        await db.$executeRawUnsafe("INSERT INTO counter (n) VALUES (0)");
        await db.$transaction(async (tx) => {
          const [row] = await tx.$queryRawUnsafe<{ n: bigint }[]>("SELECT n FROM counter");
          // Between this transaction's read and its write, the other connection cannot start writing.
          expect(() => other.exec("BEGIN IMMEDIATE")).toThrow(/database is locked/);
          await tx.$executeRawUnsafe("UPDATE counter SET n = ?", Number(row!.n) + 1);
        });
        // Once it has committed, the other connection writes, and sees the committed value.
        other.exec("BEGIN IMMEDIATE");
        other.exec("UPDATE counter SET n = n + 10");
        other.exec("COMMIT");
        expect(other.prepare("SELECT n FROM counter").get()).toEqual({ n: 11 });
      }
    } finally {
      other.close();
      await db.$disconnect();
    }
  });
});
