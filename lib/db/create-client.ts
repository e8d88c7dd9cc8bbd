// Builds a Prisma client for a database URL. Used by the app's singleton and by CLIs and tests, which need their own
// clients (scratch databases, explicit URLs).
import path from "node:path";
import { preparePrivateSqliteFile } from "./private-files.mjs";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../generated/sqlite/client";
import { PrismaClient as PgClient } from "../../generated/postgresql/client";
import { isPostgresUrl } from "../rules.mjs";

export type Db = SqliteClient;

export function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ""));
}

export function createPrismaClient(url: string): Db {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url });
    // Same models, same operations: only the provider differs (a test keeps the schemas in sync).
    return new PgClient({ adapter }) as unknown as Db;
  }
  const file = sqlitePath(url);
  preparePrivateSqliteFile(file);
  const adapter = new PrismaBetterSqlite3({ url: file });
  return new SqliteClient({ adapter });
}

/** The client inside an interactive transaction (`db.$transaction(async (tx) => ...)`). */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
