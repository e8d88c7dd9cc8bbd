// `npm run db:migrate -- <name>`: after editing prisma/sqlite/schema.prisma, regenerates the PostgreSQL schema and both
// clients, then creates the migration for BOTH providers (same folder name) so the two histories never drift.
// Works on throwaway databases only: SQLite in a temp dir, PostgreSQL on MIGRATE_POSTGRES_URL's server.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createMigration, DEFAULT_MIGRATE_POSTGRES_URL, describeUrl, ROOT } from "../../lib/db/schema-engine.mjs";
import { writePgSchema } from "./pg-schema.mjs";
import { run } from "./cli.mjs";

run(async () => {
  const raw = process.argv
    .slice(2)
    .filter((a) => !a.startsWith("-"))
    .join("_");
  const name = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!name) throw new Error("usage: npm run db:migrate -- <name>   (for example: add_order_table)");
  const adminUrl = process.env.MIGRATE_POSTGRES_URL || DEFAULT_MIGRATE_POSTGRES_URL;

  console.log(
    writePgSchema() ? "wrote prisma/postgresql/schema.prisma" : "prisma/postgresql/schema.prisma is up to date",
  );
  execFileSync(process.execPath, [path.join(ROOT, "scripts/db/generate.mjs")], { stdio: "inherit", cwd: ROOT });

  const sqlite = await createMigration("sqlite", name);
  let pg;
  try {
    pg = await createMigration("postgresql", name, { adminUrl, folderName: sqlite.created?.name });
  } catch (e) {
    // Keep the two histories identical: undo the SQLite half rather than leave it alone.
    if (sqlite.created) fs.rmSync(sqlite.created.dir, { recursive: true, force: true });
    const undone = sqlite.created ? ` (removed the new SQLite migration ${sqlite.created.name} again)` : "";
    const server = `\n  PostgreSQL server used: ${describeUrl(adminUrl)} (MIGRATE_POSTGRES_URL)`;
    throw new Error(`${/** @type {Error} */ (e).message}${undone}${server}`);
  }
  for (const [provider, r] of /** @type {const} */ ([
    ["sqlite", sqlite],
    ["postgresql", pg],
  ])) {
    for (const w of r.warnings) console.warn(`warning (${provider}): ${w}`);
    console.log(
      r.created
        ? `created ${path.relative(ROOT, r.created.dir)}/migration.sql`
        : `${provider}: no schema changes, no migration created`,
    );
  }
  if (!sqlite.created !== !pg.created) {
    throw new Error("only one provider got a migration: the histories drifted before this run; see `npm run db:check`");
  }
  if (sqlite.created) console.log("apply it to DATABASE_URL with `npm run db:deploy`");
});
