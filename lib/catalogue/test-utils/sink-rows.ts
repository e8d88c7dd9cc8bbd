// Rows for the sink tests: every column set to a distinct value (so a swapped column shows), sizes beyond 32 bits,
// strings with the characters COPY and SQL quoting must escape, and both values of `synthetic`.
import { Prisma } from "../../../generated/sqlite/client";
import type { Db } from "../../db/create-client";
import { INSERT_COLUMNS, type CatalogueInsert } from "../rows";

export function sinkRows(datasetId: string, n: number): CatalogueInsert[] {
  return Array.from({ length: n }, (_, i) => ({
    datasetId,
    studyInstanceUid: `1.2.840.${i}`,
    addedIn: 1 + (i % 3),
    conditions: 1000 + i,
    primaryCondition: 2000 + i,
    method: 3000 + (i % 5000),
    sequences: 4000 + i,
    sex: i % 4,
    age: i % 7 === 0 ? -1 : i % 91,
    race: 5000 + (i % 1000),
    manufacturer: 6000 + (i % 1000),
    model: 7000 + (i % 1000),
    fieldStrength: 1500 + i,
    studyYear: 1990 + (i % 40),
    seriesCount: 8000 + i,
    instanceCount: 9000 + i,
    sizeBytes: 5_000_000_000 + i,
    objectKey: i % 2 ? `studies/it's "quoted" \\ back\\slash ${i}.zip` : `studies/ü/${i}.zip`,
    sha256: i.toString(16).padStart(64, "a"),
    synthetic: i % 2 === 0,
  }));
}

/** The dataset's rows as stored, in the insert shape, ordered by UID. */
export async function storedRows(db: Db, datasetId: string): Promise<CatalogueInsert[]> {
  const cols = Prisma.raw(INSERT_COLUMNS.map((c) => `"${c}"`).join(", "));
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT ${cols} FROM "CatalogueStudy" WHERE "datasetId" = ${datasetId} ORDER BY "studyInstanceUid"`;
  return rows.map(
    (r) =>
      Object.fromEntries(
        INSERT_COLUMNS.map((c) => [
          c,
          c === "synthetic" ? Boolean(r[c]) : typeof r[c] === "bigint" ? Number(r[c]) : r[c],
        ]),
      ) as CatalogueInsert,
  );
}

export const byUid = (rows: CatalogueInsert[]) =>
  [...rows].sort((a, b) => (a.studyInstanceUid < b.studyInstanceUid ? -1 : 1));
