// createPrismaClient picks the driver from the URL: a SQLite file (created private, in a new folder if need be) or
// PostgreSQL (with TEST_DATABASE_URL). sqlitePath turns a file: URL into an absolute path.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
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
