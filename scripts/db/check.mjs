// `npm run db:check`: fails when the data model and the migrations disagree: the PostgreSQL schema must be the
// transform of the SQLite one, and replaying each provider's history must give exactly its schema (a schema change
// without `npm run db:migrate -- <name>` fails here). The PostgreSQL replay needs a server: MIGRATE_POSTGRES_URL.
import { checkInSync, DEFAULT_MIGRATE_POSTGRES_URL, describeUrl } from "../../lib/db/schema-engine.mjs";
import { pgSchemaUpToDate } from "./pg-schema.mjs";
import { run } from "./cli.mjs";

run(async () => {
  const adminUrl = process.env.MIGRATE_POSTGRES_URL || DEFAULT_MIGRATE_POSTGRES_URL;
  const problems = [];
  if (!pgSchemaUpToDate()) problems.push("prisma/postgresql/schema.prisma is out of date: run `npm run db:schema:pg`");
  for (const provider of /** @type {const} */ (["sqlite", "postgresql"])) {
    const { inSync, script } = await checkInSync(provider, { adminUrl }).catch((e) => {
      const hint =
        provider === "postgresql" ? ` (PostgreSQL server: ${describeUrl(adminUrl)}, set MIGRATE_POSTGRES_URL)` : "";
      throw new Error(`${e.message}${hint}`);
    });
    if (!inSync) {
      problems.push(
        `prisma/${provider}/migrations does not match prisma/${provider}/schema.prisma; ` +
          `missing migration:\n${script.trim().replace(/^/gm, "    ")}`,
      );
    }
  }
  if (problems.length) {
    throw new Error(`the data model drifted:\n- ${problems.join("\n- ")}\nFix: \`npm run db:migrate -- <name>\``);
  }
  console.log("db:check: PostgreSQL schema up to date; SQLite and PostgreSQL migration histories match their schemas.");
});
