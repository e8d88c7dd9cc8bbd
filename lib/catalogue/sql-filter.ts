// The coded filter as SQL over CatalogueStudy rows (same on SQLite and PostgreSQL), for per-study questions: is a
// study in a cohort, list a cohort's studies page by page. Counts never use this; they read the pre-aggregates.
import { Prisma } from "../../generated/sqlite/client";
import type { CodedFilter } from "./compile";

const codesIn = (t: Uint8Array) => [...t.keys()].filter((c) => t[c] === 1);

export function whereOf(datasetId: string, f: CodedFilter, version: number): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    Prisma.sql`"datasetId" = ${datasetId}`,
    Prisma.sql`"addedIn" <= ${version}`,
    Prisma.sql`("removedIn" IS NULL OR "removedIn" > ${version})`,
  ];
  if (f.condMask !== 0) {
    parts.push(
      f.condAll
        ? Prisma.sql`("conditions" & ${f.condMask}) = ${f.condMask}`
        : Prisma.sql`("conditions" & ${f.condMask}) <> 0`,
    );
  }
  if (f.seqMask !== 0) parts.push(Prisma.sql`("sequences" & ${f.seqMask}) = ${f.seqMask}`);
  const anyOf = (column: string, t: Uint8Array | null) => {
    if (t === null) return;
    const codes = codesIn(t);
    parts.push(codes.length ? Prisma.sql`${Prisma.raw(`"${column}"`)} IN (${Prisma.join(codes)})` : Prisma.sql`1 = 0`);
  };
  anyOf("method", f.methods);
  anyOf("sex", f.sex);
  anyOf("manufacturer", f.manufacturers);
  anyOf("model", f.models);
  if (f.tesla !== null) parts.push(Prisma.sql`"fieldStrength" IN (${Prisma.join([...f.tesla])})`);
  if (f.ageSet) parts.push(Prisma.sql`"age" >= ${f.ageMin} AND "age" <= ${Math.min(f.ageMax, 1000)}`);
  return Prisma.join(parts, " AND ");
}
