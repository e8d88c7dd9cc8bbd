// createRawRows on a scratch database (SQLite, or PostgreSQL with TEST_DATABASE_URL=postgresql://...): the same rows as
// Prisma for the same Prisma.sql, as arrays in SELECT order, with booleans bound the way Prisma binds them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/sqlite/client";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { isPostgresUrl } from "../rules.mjs";
import { createRawRows, type RawRows } from "./raw-rows";

let scratch: ScratchDb;
let raw: RawRows;

beforeAll(async () => {
  scratch = await createScratchDb();
  raw = createRawRows(scratch.url);
  const org = await scratch.db.organization.create({ data: { name: "Raw Org" } });
  for (const [email, disabled] of [
    ["c@raw.test", false],
    ["a@raw.test", true],
    ["b@raw.test", false],
    ["d@raw.test", true],
  ] as const)
    await scratch.db.user.create({ data: { email, disabled, organizationId: org.id, name: email.slice(0, 1) } });
});
afterAll(async () => {
  await raw?.close();
  await scratch?.cleanup();
});

describe("createRawRows", () => {
  it("returns Prisma's rows as arrays in the SELECT's column order, for parameters of each kind", async () => {
    for (const disabled of [true, false]) {
      // Columns deliberately not in table order, and a text, a boolean and a number parameter.
      const q = Prisma.sql`SELECT "name", "email" FROM "User"
        WHERE "disabled" = ${disabled} AND "email" LIKE ${"%@raw.test"}
        ORDER BY "email" LIMIT ${3}`;
      const viaPrisma = await scratch.db.$queryRaw<{ name: string; email: string }[]>(q);
      const viaDriver = await raw.query(q);
      expect(viaDriver).toEqual(viaPrisma.map((r) => [r.name, r.email]));
      expect(viaDriver).toEqual(
        disabled
          ? [
              ["a", "a@raw.test"],
              ["d", "d@raw.test"],
            ]
          : [
              ["b", "b@raw.test"],
              ["c", "c@raw.test"],
            ],
      );
    }
  });

  it("answers an empty list for no rows", async () => {
    expect(await raw.query(Prisma.sql`SELECT "email" FROM "User" WHERE "email" = ${"nobody@raw.test"}`)).toEqual([]);
  });

  it("sees rows written by the app's client after it opened", async () => {
    await raw.query(Prisma.sql`SELECT 1`);
    await scratch.db.user.create({ data: { email: "late@raw.test" } });
    expect(await raw.query(Prisma.sql`SELECT "email" FROM "User" WHERE "email" = ${"late@raw.test"}`)).toEqual([
      ["late@raw.test"],
    ]);
  });
});

describe.skipIf(isPostgresUrl(process.env.TEST_DATABASE_URL ?? ""))("createRawRows on SQLite", () => {
  it("opens the file read-only: a write through it fails and changes nothing", async () => {
    // RETURNING makes it a statement that returns data, so only the read-only connection can refuse it.
    await expect(raw.query(Prisma.sql`DELETE FROM "User" RETURNING "id"`)).rejects.toThrow(/readonly/i);
    expect(await scratch.db.user.count()).toBeGreaterThan(0);
  });

  it("opens the file on first use, so it may be created after the reader (migrations create it)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "raw-rows-"));
    const file = path.join(dir, "later.db");
    const later = createRawRows(`file:${file}`);
    try {
      fs.copyFileSync(scratch.url.slice("file:".length), file);
      expect(await later.query(Prisma.sql`SELECT "name" FROM "Organization"`)).toEqual([["Raw Org"]]);
    } finally {
      await later.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a file that does not exist instead of creating an empty database", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "raw-rows-"));
    const missing = createRawRows(`file:${path.join(dir, "missing.db")}`);
    try {
      await expect(missing.query(Prisma.sql`SELECT 1`)).rejects.toThrow();
      expect(fs.existsSync(path.join(dir, "missing.db"))).toBe(false);
    } finally {
      await missing.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
