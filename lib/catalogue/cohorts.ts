// Cohorts: a filter plus the catalogue version it was evaluated on. The seam for quotes, licences and delivery:
// resolveCohort gives the pinned filter and version; isStudyInCohort answers per study with one indexed read;
// listCohortStudies pages through the cohort's studies in id order (keyset), whatever the catalogue's size.
import type { Db } from "../db/create-client";
import { AppError } from "../errors/app-error";
import { compileFilter } from "./compile";
import { catalogueIndex, countCohort } from "./engine";
import { deserialiseFilter, serialiseFilter, type CohortFilter, type FilterProblem } from "./filter";
import { whereOf } from "./sql-filter";

export type ResolvedCohort = {
  id: string;
  datasetId: string;
  version: number;
  filter: CohortFilter;
  studies: number;
  sizeBytes: bigint;
  createdAt: Date;
};

export type CreateCohortResult = { ok: true; cohort: ResolvedCohort } | { ok: false; problems: FilterProblem[] };

/** Evaluates the filter on the latest version and stores it with that version and its count. */
export async function createCohort(db: Db, datasetId: string, filter: CohortFilter): Promise<CreateCohortResult> {
  const counted = await countCohort(db, datasetId, filter);
  if (!counted.ok) return { ok: false, problems: counted.problems };
  if (counted.version === 0) return { ok: false, problems: [{ param: "filter", message: "the catalogue is empty" }] };
  const row = await db.cohort.create({
    data: {
      datasetId,
      version: counted.version,
      filter: serialiseFilter(filter),
      studies: counted.studies,
      sizeBytes: BigInt(counted.sizeBytes),
    },
  });
  return { ok: true, cohort: { ...row, filter: deserialiseFilter(row.filter) } };
}

export async function resolveCohort(db: Pick<Db, "cohort">, id: string): Promise<ResolvedCohort | null> {
  const row = await db.cohort.findUnique({ where: { id } });
  return row ? { ...row, filter: deserialiseFilter(row.filter) } : null;
}

async function coded(db: Db, cohort: ResolvedCohort) {
  const ix = await catalogueIndex(db, cohort.datasetId);
  const c = compileFilter(cohort.filter, ix.dict);
  // A stored cohort's values were in the dictionary when it was made, and codes are never removed.
  if (!c.ok)
    throw new AppError(
      "CONFLICT",
      `cohort ${cohort.id} no longer compiles: ${c.problems.map((p) => p.message).join("; ")}`,
    );
  return c.coded;
}

/** Is the study (by StudyInstanceUID) in the cohort as of its version? One indexed lookup. */
export async function isStudyInCohort(db: Db, cohort: ResolvedCohort, studyInstanceUid: string): Promise<boolean> {
  const where = whereOf(cohort.datasetId, await coded(db, cohort), cohort.version);
  const rows = await db.$queryRaw<
    { id: number }[]
  >`SELECT "id" FROM "CatalogueStudy" WHERE "studyInstanceUid" = ${studyInstanceUid} AND ${where} LIMIT 1`;
  return rows.length > 0;
}

export type CohortStudy = {
  id: number;
  studyInstanceUid: string;
  objectKey: string;
  sha256: string;
  sizeBytes: bigint;
};

/** One page of the cohort's studies after `after` (an id from the previous page; 0 to start). */
export async function listCohortStudies(
  db: Db,
  cohort: ResolvedCohort,
  page: { after?: number; limit?: number } = {},
): Promise<CohortStudy[]> {
  const limit = Math.min(Math.max(page.limit ?? 1000, 1), 10_000);
  const where = whereOf(cohort.datasetId, await coded(db, cohort), cohort.version);
  return db.$queryRaw<
    CohortStudy[]
  >`SELECT "id", "studyInstanceUid", "objectKey", "sha256", "sizeBytes" FROM "CatalogueStudy"
    WHERE "id" > ${page.after ?? 0} AND ${where} ORDER BY "id" LIMIT ${limit}`;
}
