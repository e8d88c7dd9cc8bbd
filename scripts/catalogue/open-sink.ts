// Binds the bulk row sink for a database URL: better-sqlite3 on the SQLite file, or a pg connection using COPY.
import type { RowSink } from "../../lib/catalogue/sinks/types";
import { sqlitePath } from "../../lib/db/create-client";
import { isPostgresUrl } from "../../lib/rules.mjs";

export async function openBulkSink(url: string): Promise<RowSink> {
  if (isPostgresUrl(url)) {
    const [{ default: pg }, { pgCopySink }] = await Promise.all([
      import("pg"),
      import("../../lib/catalogue/sinks/pg-copy-sink"),
    ]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return pgCopySink(client);
  }
  const [{ default: Database }, { sqliteSink }] = await Promise.all([
    import("better-sqlite3"),
    import("../../lib/catalogue/sinks/sqlite-sink"),
  ]);
  const conn = new Database(sqlitePath(url));
  conn.pragma("cache_size = -262144");
  return sqliteSink(conn);
}
