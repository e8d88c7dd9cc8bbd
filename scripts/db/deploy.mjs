// `npm run db:deploy`: applies pending migrations to DATABASE_URL (SQLite or PostgreSQL), like `prisma migrate deploy`
// but through the Wasm schema engine (see lib/db/schema-engine.mjs). Creates a missing SQLite file.
import fs from "node:fs";
import path from "node:path";
import { applyMigrations, describeUrl, migrationsDirOf, providerOf, ROOT } from "../../lib/db/schema-engine.mjs";
import { databaseUrlFromEnv, run } from "./cli.mjs";

run(async () => {
  const url = databaseUrlFromEnv();
  const dir = migrationsDirOf(providerOf(url));
  if (!fs.existsSync(dir) || !fs.readdirSync(dir).some((n) => fs.statSync(path.join(dir, n)).isDirectory())) {
    throw new Error(`no migrations in ${path.relative(ROOT, dir)}: create one with \`npm run db:migrate -- <name>\``);
  }
  const { applied } = await applyMigrations(url);
  if (applied.length === 0) console.log(`${describeUrl(url)}: no pending migrations.`);
  else
    console.log(
      `${describeUrl(url)}: applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}`).join("\n")}`,
    );
});
