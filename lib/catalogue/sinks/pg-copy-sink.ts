// Bulk path for PostgreSQL: COPY ... FROM STDIN in text format, one COPY per batch on a dedicated pg connection.
import type { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { INSERT_COLUMNS, type CatalogueInsert } from "../rows";
import type { RowSink } from "./types";

/** COPY text format: tab-separated, \N for null, backslash escapes. Keys and UIDs never hold tabs (validated). */
const esc = (s: string) => s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");

function line(r: CatalogueInsert): string {
  return INSERT_COLUMNS.map((c) => {
    const v = r[c];
    return typeof v === "string" ? esc(v) : typeof v === "boolean" ? (v ? "t" : "f") : String(v);
  }).join("\t");
}

export function pgCopySink(client: Client): RowSink {
  const sql = `COPY "CatalogueStudy" (${INSERT_COLUMNS.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  return {
    async write(rows) {
      if (rows.length === 0) return;
      const stream = client.query(copyFrom(sql));
      const CHUNK = 2000;
      await pipeline(
        Readable.from(
          (function* () {
            for (let i = 0; i < rows.length; i += CHUNK)
              yield (
                rows
                  .slice(i, i + CHUNK)
                  .map(line)
                  .join("\n") + "\n"
              );
          })(),
        ),
        stream,
      );
    },
    async close() {
      await client.end();
    },
  };
}
