// A licence's studies, bound to the catalogue: its snapshot (cohort filter JSON + catalogue version) becomes one SQL
// condition over CatalogueStudy rows. Fails closed: a filter that is not JSON, does not pass the catalogue's schema,
// names a value the catalogue does not know, or a dataset that does not exist gives no scope, so nothing downloads.
// Only the label dictionary is loaded (a few hundred rows), never the count engine's pre-aggregates.
import { Prisma } from "../../generated/sqlite/client";
import { compileFilter } from "../catalogue/compile";
import { loadDictionary } from "../catalogue/dictionary";
import { cohortFilterSchema } from "../catalogue/filter";
import { whereOf } from "../catalogue/sql-filter";
import { isPostgresClient } from "../db/provider";
import type { RawRows } from "../db/raw-rows";
import type { Db } from "../db/create-client";

export interface ScopedLicence {
  id: string;
  datasetSlug: string;
  cohortFilter: string;
  catalogueVersion: number;
}

export interface LicenceScope {
  licenceId: string;
  datasetId: string;
  version: number;
  /** The licence's cohort as of its catalogue version, over "CatalogueStudy". */
  where: Prisma.Sql;
}

export type ScopeResult = { ok: true; scope: LicenceScope } | { ok: false; problem: string };

export async function licenceScope(db: Db, l: ScopedLicence): Promise<ScopeResult> {
  let json: unknown;
  try {
    json = JSON.parse(l.cohortFilter);
  } catch {
    return { ok: false, problem: `licence ${l.id}: the cohort filter is not JSON` };
  }
  const parsed = cohortFilterSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problem: `licence ${l.id}: the cohort filter is not valid (${parsed.error.issues[0]?.message ?? "schema"})`,
    };
  if (!Number.isInteger(l.catalogueVersion) || l.catalogueVersion < 1)
    return { ok: false, problem: `licence ${l.id}: no catalogue version` };
  const dataset = await db.dataset.findUnique({ where: { slug: l.datasetSlug }, select: { id: true } });
  if (!dataset) return { ok: false, problem: `licence ${l.id}: no dataset ${l.datasetSlug}` };
  const compiled = compileFilter(parsed.data, await loadDictionary(db, dataset.id));
  if (!compiled.ok)
    return { ok: false, problem: `licence ${l.id}: ${compiled.problems.map((p) => p.message).join("; ")}` };
  return {
    ok: true,
    scope: {
      licenceId: l.id,
      datasetId: dataset.id,
      version: l.catalogueVersion,
      where: whereOf(dataset.id, compiled.coded, l.catalogueVersion),
    },
  };
}

export interface ScopedStudy {
  id: number;
  studyInstanceUid: string;
  objectKey: string;
  sha256: string;
  sizeBytes: bigint;
  addedIn: number;
  synthetic: boolean;
}

const COLUMNS = Prisma.raw(
  `"id", "datasetId", "studyInstanceUid", "objectKey", "sha256", "sizeBytes", "addedIn", "synthetic"`,
);

type RawStudy = Omit<ScopedStudy, "sizeBytes" | "synthetic" | "id" | "addedIn"> & {
  id: number | bigint;
  addedIn: number | bigint;
  sizeBytes: bigint | number | string;
  synthetic: boolean | number | bigint;
};

/** A row read as an array (lib/db/raw-rows.ts), in the order withArchives selects its columns. */
const fromColumns = (r: unknown[]): ScopedStudy =>
  toStudy({
    id: r[0],
    studyInstanceUid: r[1],
    objectKey: r[2],
    sha256: r[3],
    sizeBytes: r[4],
    addedIn: r[5],
    synthetic: r[6],
  } as RawStudy);

export const toStudy = (r: RawStudy): ScopedStudy => ({
  id: Number(r.id),
  studyInstanceUid: r.studyInstanceUid,
  objectKey: r.objectKey,
  sha256: r.sha256,
  sizeBytes: BigInt(r.sizeBytes),
  addedIn: Number(r.addedIn),
  synthetic: r.synthetic === true || Number(r.synthetic) === 1,
});

/**
 * Studies imported with their files (the sample, or a delivered pack) have a built delivery archive on the Study row:
 * its key, size and SHA-256 are what is served, so they win over the catalogue row's object key. Joined on the Study's
 * unique (dataset, UID) index around the already limited catalogue rows: still one query per page.
 */
function withArchives(inner: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT c."id", c."studyInstanceUid", COALESCE(s."archiveKey", c."objectKey") AS "objectKey",
      COALESCE(s."archiveSha256", c."sha256") AS "sha256", COALESCE(s."archiveSize", c."sizeBytes") AS "sizeBytes", c."addedIn",
      CASE WHEN s."archiveKey" IS NULL THEN c."synthetic" ELSE ${false} END AS "synthetic"
    FROM (${inner}) c LEFT JOIN "Study" s ON s."datasetId" = c."datasetId" AND s."studyInstanceUid" = c."studyInstanceUid"
      AND s."archiveKey" IS NOT NULL AND s."archiveSha256" IS NOT NULL AND s."archiveSize" IS NOT NULL
    ORDER BY c."id"`;
}

/** The study, when it is in the licence's scope; one indexed read. */
export async function studyInScope(db: Db, scope: LicenceScope, studyInstanceUid: string): Promise<ScopedStudy | null> {
  const rows = await db.$queryRaw<RawStudy[]>(
    withArchives(
      Prisma.sql`SELECT ${COLUMNS} FROM "CatalogueStudy" WHERE "studyInstanceUid" = ${studyInstanceUid} AND ${scope.where} LIMIT 1`,
    ),
  );
  return rows[0] ? toStudy(rows[0]) : null;
}

export interface PageOptions {
  /** Keyset cursor: the last row id of the previous page (0 to start). */
  after?: number;
  limit?: number;
  /** Only studies added after this catalogue version. */
  sinceVersion?: number;
  /** Part `part` (1-based) of `parts`: rows whose id is part-1 modulo parts (disjoint parts that together are all). */
  part?: number;
  parts?: number;
  /** Extra condition (the portal's own filter, compiled with whereOf on the same version). */
  extra?: Prisma.Sql;
  /** Study Instance UID prefix. */
  uidPrefix?: string;
}

/** One keyset page of the scope's studies in id order. */
export async function scopePage(db: Db, scope: LicenceScope, o: PageOptions = {}): Promise<ScopedStudy[]> {
  const rows = await db.$queryRaw<RawStudy[]>(scopePageSql(db, scope, o));
  return rows.map(toStudy);
}

/** The query scopePage runs (its plan is tested: licence-scope.test.ts). */
export function scopePageSql(db: Db, scope: LicenceScope, o: PageOptions = {}): Prisma.Sql {
  const limit = Math.min(Math.max(o.limit ?? 1000, 1), 5000);
  const parts: Prisma.Sql[] = [Prisma.sql`"id" > ${o.after ?? 0}`, scope.where];
  if (o.sinceVersion !== undefined) parts.push(Prisma.sql`"addedIn" > ${o.sinceVersion}`);
  if (o.parts && o.parts > 1 && o.part) parts.push(Prisma.sql`("id" % ${o.parts}) = ${o.part - 1}`);
  if (o.extra) parts.push(o.extra);
  if (o.uidPrefix) parts.push(Prisma.sql`"studyInstanceUid" LIKE ${`${o.uidPrefix.replace(/[^0-9.]/g, "")}%`}`);
  // SQLite, with no statistics, takes the (datasetId, addedIn) index for the scope's `"datasetId" = ?` and sorts every
  // match to find the page: ~1 s per page at 2.4 million studies, so a whole-catalogue manifest grew quadratic
  // (measured: 1,547 studies/s). Walking the primary key from the cursor reads one page's rows; PostgreSQL's planner
  // picks that itself from its statistics. A UID-prefix search keeps the planner's choice (the UID index can serve it).
  const table =
    o.uidPrefix || isPostgresClient(db) ? Prisma.raw(`"CatalogueStudy"`) : Prisma.raw(`"CatalogueStudy" NOT INDEXED`);
  return withArchives(
    Prisma.sql`SELECT ${COLUMNS} FROM ${table} WHERE ${Prisma.join(parts, " AND ")} ORDER BY "id" LIMIT ${limit}`,
  );
}

/** Every study of the scope, a page at a time: memory holds one page, whatever the cohort's size. */
export async function* scopeStudies(
  db: Db,
  scope: LicenceScope,
  o: Omit<PageOptions, "after" | "limit"> & { pageSize?: number; raw?: RawRows } = {},
): AsyncGenerator<ScopedStudy[]> {
  let after = 0;
  const limit = o.pageSize ?? 2000;
  const { raw, pageSize: _pageSize, ...pageOptions } = o;
  for (;;) {
    const options = { ...pageOptions, after, limit };
    const page = raw
      ? (await raw.query(scopePageSql(db, scope, options))).map(fromColumns)
      : await scopePage(db, scope, options);
    if (page.length > 0) yield page;
    if (page.length < limit) return;
    after = page.at(-1)!.id;
  }
}

/** The entitlement's `inCohort`, bound to the catalogue (licence snapshot -> scope -> one indexed read). */
export function catalogueMembership(db: Db) {
  return async (l: ScopedLicence, studyInstanceUid: string): Promise<boolean> => {
    const s = await licenceScope(db, l);
    return s.ok && (await studyInScope(db, s.scope, studyInstanceUid)) !== null;
  };
}
