// Multi-row INSERTs through Prisma's raw SQL: portable, about 0.1-0.2 ms a row. Used by labels:import and tests.
import { Prisma } from "../../../generated/sqlite/client";
import type { Db } from "../../db/create-client";
import { INSERT_COLUMNS, type CatalogueInsert } from "../rows";
import type { RowSink } from "./types";

/** 20 columns x 1500 rows stays under SQLite's 32766 bind parameters. */
const ROWS_PER_STATEMENT = 1500;
const HEAD = Prisma.raw(`INSERT INTO "CatalogueStudy" (${INSERT_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES `);

export function prismaSink(db: Pick<Db, "$executeRaw">): RowSink {
  return {
    async write(rows) {
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        const values = rows
          .slice(i, i + ROWS_PER_STATEMENT)
          .map(
            (r: CatalogueInsert) =>
              Prisma.sql`(${Prisma.join(INSERT_COLUMNS.map((c) => (c === "sizeBytes" ? BigInt(r[c]) : r[c])))})`,
          );
        await db.$executeRaw`${HEAD}${Prisma.join(values)}`;
      }
    },
    async close() {},
  };
}
