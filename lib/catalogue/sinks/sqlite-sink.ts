// Bulk path for SQLite: one prepared INSERT run per row inside large transactions on a better-sqlite3 connection
// (a few microseconds a row). Rows are written with addedIn = the pending version, so readers see nothing until the
// version is published.
import type Database from "better-sqlite3";
import { INSERT_COLUMNS, type CatalogueInsert } from "../rows";
import type { RowSink } from "./types";

export function sqliteSink(conn: Database.Database): RowSink {
  conn.pragma("journal_mode = WAL");
  conn.pragma("synchronous = NORMAL");
  conn.pragma("busy_timeout = 60000");
  const insert = conn.prepare(
    `INSERT INTO "CatalogueStudy" (${INSERT_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${INSERT_COLUMNS.map(() => "?").join(", ")})`,
  );
  const many = conn.transaction((rows: CatalogueInsert[]) => {
    for (const r of rows) {
      insert.run(
        r.datasetId,
        r.studyInstanceUid,
        r.addedIn,
        r.conditions,
        r.primaryCondition,
        r.method,
        r.sequences,
        r.sex,
        r.age,
        r.race,
        r.manufacturer,
        r.model,
        r.fieldStrength,
        r.studyYear,
        r.seriesCount,
        r.instanceCount,
        r.sizeBytes,
        r.objectKey,
        r.sha256,
        r.synthetic ? 1 : 0,
      );
    }
  });
  return {
    async write(rows) {
      many(rows);
    },
    async close() {
      conn.close();
    },
  };
}
