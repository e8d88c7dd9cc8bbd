// One Prisma schema targets one provider, so prisma/postgresql/schema.prisma is generated from the SQLite schema (the
// source of truth). `node scripts/db/pg-schema.mjs` rewrites it; `--check` exits 1 when it is out of date.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SQLITE_SCHEMA = path.join(ROOT, "prisma/sqlite/schema.prisma");
export const PG_SCHEMA = path.join(ROOT, "prisma/postgresql/schema.prisma");
const HEADER =
  "// GENERATED from prisma/sqlite/schema.prisma by `npm run db:schema:pg`: do not edit. Change the SQLite schema instead.";

/** Replaces exactly one match of `pattern`, or throws naming what was expected. */
/** @param {string} text @param {RegExp} pattern @param {string} by @param {string} what */
function replaceOnce(text, pattern, by, what) {
  const matches = text.match(
    new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"),
  );
  if (matches?.length !== 1) {
    throw new Error(`prisma/sqlite/schema.prisma: expected exactly one ${what}, found ${matches?.length ?? 0}`);
  }
  return text.replace(pattern, by);
}

/** The PostgreSQL schema for a SQLite schema: header comment, client output folder and provider change. */
export function renderPgSchema(/** @type {string} */ sqlite) {
  let out = sqlite.replace(/^(\/\/.*\r?\n)+/, HEADER + "\n"); // the leading comment block
  if (!out.startsWith(HEADER)) out = HEADER + "\n" + out;
  const output = /"\.\.\/\.\.\/generated\/sqlite"/;
  out = replaceOnce(out, output, '"../../generated/postgresql"', 'output = "../../generated/sqlite"');
  out = replaceOnce(out, /^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"', 'provider = "sqlite"');
  return out;
}

/** @returns {boolean} whether prisma/postgresql/schema.prisma is what the SQLite schema gives */
export function pgSchemaUpToDate() {
  const expected = renderPgSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  return fs.existsSync(PG_SCHEMA) && fs.readFileSync(PG_SCHEMA, "utf8") === expected;
}

/** Rewrites the PostgreSQL schema when needed. @returns {boolean} whether the file changed */
export function writePgSchema() {
  const expected = renderPgSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  if (fs.existsSync(PG_SCHEMA) && fs.readFileSync(PG_SCHEMA, "utf8") === expected) return false;
  fs.writeFileSync(PG_SCHEMA, expected);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    if (process.argv.includes("--check")) {
      if (!pgSchemaUpToDate()) {
        console.error("prisma/postgresql/schema.prisma is out of date: run `npm run db:schema:pg`.");
        process.exit(1);
      }
      console.log("prisma/postgresql/schema.prisma is up to date.");
    } else {
      console.log(
        writePgSchema() ? "wrote prisma/postgresql/schema.prisma" : "prisma/postgresql/schema.prisma is up to date",
      );
    }
  } catch (e) {
    console.error(/** @type {Error} */ (e).message);
    process.exit(1);
  }
}
