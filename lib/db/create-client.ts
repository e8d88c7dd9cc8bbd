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
  return new SqliteClient({ adapter: beginningWithWriteLock(new PrismaBetterSqlite3({ url: file })) });
}

type SqliteConnection = { prepare(sql: string): unknown };

/**
 * The SQLite adapter begins transactions with a plain (deferred) BEGIN. When another process shares the file (a
 * second app instance, the importer), a transaction that reads and then writes fails with SQLITE_BUSY the moment the
 * other has taken the write lock in between: SQLite will not wait to upgrade a read lock, as that could deadlock, so
 * better-sqlite3's busy timeout never applies. BEGIN IMMEDIATE takes the write lock up front, and then the busy
 * timeout makes either side wait for the other. Within one process the adapter already runs one transaction at a
 * time, so this costs nothing there. The adapter has no option for it, so its connection's BEGIN is rewritten.
 */
function beginningWithWriteLock(factory: PrismaBetterSqlite3): PrismaBetterSqlite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const conn = (adapter as unknown as { client?: SqliteConnection }).client;
    // Fail loudly if an adapter upgrade moves its connection, rather than silently losing the lock.
    if (typeof conn?.prepare !== "function") throw new Error("SQLite adapter: connection not found on `client`");
    const prepare = conn.prepare.bind(conn);
    conn.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  };
  return factory;
}

/** The client inside an interactive transaction (`db.$transaction(async (tx) => ...)`). */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
