// Guards the two-provider setup: the PostgreSQL schema must be the generated copy of the SQLite one, and each
// migration history must replay to exactly its schema, so a schema edit without `npm run db:migrate -- <name>` fails.
// PostgreSQL checks need a server for the shadow database: they run only when TEST_DATABASE_URL is a postgres URL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { checkInSync, schemaFileOf } from "../lib/db/schema-engine.mjs";
import { PG_SCHEMA, renderPgSchema, SQLITE_SCHEMA } from "../scripts/db/pg-schema.mjs";
import { isPostgresUrl } from "../lib/rules.mjs";

const pgUrl = isPostgresUrl(process.env.TEST_DATABASE_URL) ? process.env.TEST_DATABASE_URL : undefined;
const PG_SKIP =
  "PostgreSQL part skipped: TEST_DATABASE_URL is not a postgresql:// URL (the check needs a server for its shadow database)";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "schema-sync-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the schema with one model the migrations do not have. */
function withExtraModel(provider: "sqlite" | "postgresql"): string {
  const sqlite = fs.readFileSync(SQLITE_SCHEMA, "utf8") + "\nmodel SyncProbe {\n  id String @id\n}\n";
  const file = path.join(tmp, `${provider}.prisma`);
  fs.writeFileSync(file, provider === "sqlite" ? sqlite : renderPgSchema(sqlite));
  return file;
}

describe("schemas and migration histories", () => {
  test("prisma/postgresql/schema.prisma is the transform of the SQLite schema (npm run db:schema:pg)", () => {
    expect(fs.readFileSync(PG_SCHEMA, "utf8")).toBe(renderPgSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  test("SQLite migrations replay to exactly prisma/sqlite/schema.prisma", async () => {
    const { inSync, script } = await checkInSync("sqlite");
    expect(inSync, `missing migration (run npm run db:migrate -- <name>):\n${script}`).toBe(true);
  });

  test("SQLite: a schema change without a migration is detected", async () => {
    const { inSync, script } = await checkInSync("sqlite", { schemaFile: withExtraModel("sqlite") });
    expect(inSync).toBe(false);
    expect(script).toContain('CREATE TABLE "SyncProbe"');
  });

  test("PostgreSQL migrations replay to exactly prisma/postgresql/schema.prisma", async (ctx) => {
    if (!pgUrl) return ctx.skip(PG_SKIP);
    const { inSync, script } = await checkInSync("postgresql", {
      adminUrl: pgUrl,
      schemaFile: schemaFileOf("postgresql"),
    });
    expect(inSync, `missing migration (run npm run db:migrate -- <name>):\n${script}`).toBe(true);
  });

  test("PostgreSQL: a schema change without a migration is detected", async (ctx) => {
    if (!pgUrl) return ctx.skip(PG_SKIP);
    const { inSync, script } = await checkInSync("postgresql", {
      adminUrl: pgUrl,
      schemaFile: withExtraModel("postgresql"),
    });
    expect(inSync).toBe(false);
    expect(script).toContain('CREATE TABLE "SyncProbe"');
  });
});
