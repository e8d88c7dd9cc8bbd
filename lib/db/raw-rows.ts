// Rows as arrays straight from the database driver, for the one read that streams millions of rows: the licence
// manifest. Through Prisma each row passes several intermediate objects, and at 100,000+ rows/s V8 promotes that
// garbage to the old generation faster than it collects it: the server grew by ~450 MB streaming a 2.4-million-study
// manifest though its live heap stayed near 100 MB (bench:download). Arrays from the driver are a fraction of that.
// The SQL is still built with Prisma.sql (the same query text and parameters as the Prisma path); only the executor
// differs. A separate connection (SQLite read-only, a small PostgreSQL pool) so the app's own client is not held.
import Database from "better-sqlite3";
import pg from "pg";
import type { Prisma } from "../../generated/sqlite/client";
import { isPostgresUrl } from "../rules.mjs";
import { sqlitePath } from "./create-client";

export interface RawRows {
  /** Runs a query and returns its rows as arrays of column values, in the SELECT's column order. */
  query(q: Prisma.Sql): Promise<unknown[][]>;
  close(): Promise<void>;
}

export function createRawRows(url: string): RawRows {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    return {
      async query(q) {
        const r = await pool.query<unknown[]>({ text: q.text, values: q.values as unknown[], rowMode: "array" });
        return r.rows;
      },
      close: () => pool.end(),
    };
  }
  let db: Database.Database | null = null;
  // Opened on first use: the file may not exist yet when the process starts (migrations create it).
  const open = () => (db ??= new Database(sqlitePath(url), { readonly: true, fileMustExist: true }));
  return {
    async query(q) {
      // SQLite binds no booleans: Prisma's SQLite adapter sends them as 1/0, so do the same.
      const values = q.values.map((v) => (typeof v === "boolean" ? (v ? 1 : 0) : v));
      return open()
        .prepare(q.sql)
        .raw(true)
        .all(...values) as unknown[][];
    },
    async close() {
      db?.close();
      db = null;
    },
  };
}
