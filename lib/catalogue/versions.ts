// Catalogue versions. Writers add rows with addedIn = next version and retire rows with removedIn = next version;
// nothing is visible until publishVersion commits the version row and the rebuilt pre-aggregates in one transaction.
// An interrupted writer leaves only such pending marks, which discardPending clears (so every writer is re-runnable).
import { Prisma } from "../../generated/sqlite/client";
import type { Db } from "../db/create-client";

/** 0 when the dataset has no catalogue yet. */
export async function latestVersion(db: Pick<Db, "catalogueVersion">, datasetId: string): Promise<number> {
  const v = await db.catalogueVersion.findFirst({
    where: { datasetId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return v?.number ?? 0;
}

/** Removes what an interrupted writer left above the latest published version. */
export async function discardPending(db: Db, datasetId: string): Promise<{ rows: number; unretired: number }> {
  const latest = await latestVersion(db, datasetId);
  const rows =
    await db.$executeRaw`DELETE FROM "CatalogueStudy" WHERE "datasetId" = ${datasetId} AND "addedIn" > ${latest}`;
  const unretired =
    await db.$executeRaw`UPDATE "CatalogueStudy" SET "removedIn" = NULL WHERE "datasetId" = ${datasetId} AND "removedIn" > ${latest}`;
  return { rows, unretired };
}

const COMBO_COLUMNS = Prisma.raw(
  `"conditions", "method", "sequences", "sex", "age", "manufacturer", "model", "fieldStrength", "addedIn"`,
);
/** Ages in the pre-aggregate are 5-year band starts (AGE_BAND_YEARS), which keeps it a few hundred thousand rows. */
const AGE_BAND = Prisma.raw(`CASE WHEN "age" < 0 THEN -1 WHEN "age" >= 90 THEN 90 ELSE ("age" / 5) * 5 END`);
const GROUP_COLUMNS = Prisma.raw(
  `"conditions", "method", "sequences", "sex", ${AGE_BAND.text}, "manufacturer", "model", "fieldStrength", "addedIn"`,
);

/** Rebuilds the dataset's pre-aggregates from the study rows up to `version`. */
export async function rebuildCombos(
  tx: Prisma.TransactionClient | Db,
  datasetId: string,
  version: number,
): Promise<void> {
  await tx.$executeRaw`DELETE FROM "CatalogueCombo" WHERE "datasetId" = ${datasetId}`;
  await tx.$executeRaw`INSERT INTO "CatalogueCombo" ("datasetId", ${COMBO_COLUMNS}, "removedIn", "studies", "sizeBytes")
    SELECT "datasetId", ${GROUP_COLUMNS}, COALESCE("removedIn", 0), COUNT(*), SUM("sizeBytes")
    FROM "CatalogueStudy" WHERE "datasetId" = ${datasetId} AND "addedIn" <= ${version}
    GROUP BY "datasetId", ${GROUP_COLUMNS}, COALESCE("removedIn", 0)`;
}

/** Studies per (primary condition, method) code pair in `version`: what the statistics CSV counts. */
export async function primaryByMethod(
  tx: Prisma.TransactionClient | Db,
  datasetId: string,
  version: number,
): Promise<[number, number, number][]> {
  const rows = await tx.$queryRaw<{ p: number; m: number; n: bigint | number }[]>`
    SELECT "primaryCondition" AS p, "method" AS m, COUNT(*) AS n FROM "CatalogueStudy"
    WHERE "datasetId" = ${datasetId} AND "addedIn" <= ${version} AND ("removedIn" IS NULL OR "removedIn" > ${version})
    GROUP BY "primaryCondition", "method"`;
  return rows.map((r) => [Number(r.p), Number(r.m), Number(r.n)]);
}

export type PublishInput = { datasetId: string; source: string; note?: string };
export type PublishedVersion = {
  number: number;
  studies: number;
  added: number;
  removed: number;
  sizeBytes: bigint;
  createdAt: Date;
};

/**
 * Publishes the pending changes as version latest+1, or returns null when there are none (an idempotent re-run).
 * `onSql` may run more statements in the same transaction (the audit row).
 */
export async function publishVersion(
  db: Db,
  input: PublishInput,
  clock: () => Date = () => new Date(),
  inTx?: (tx: Prisma.TransactionClient, v: PublishedVersion) => Promise<void>,
): Promise<PublishedVersion | null> {
  return db.$transaction(
    async (tx) => {
      const number = (await latestVersion(tx, input.datasetId)) + 1;
      const added = await tx.catalogueStudy.count({ where: { datasetId: input.datasetId, addedIn: number } });
      const removed = await tx.catalogueStudy.count({ where: { datasetId: input.datasetId, removedIn: number } });
      if (added === 0 && removed === 0) return null;
      await rebuildCombos(tx, input.datasetId, number);
      const live = await tx.catalogueCombo.aggregate({
        where: { datasetId: input.datasetId, removedIn: 0 },
        _sum: { studies: true, sizeBytes: true },
      });
      const v = await tx.catalogueVersion.create({
        data: {
          datasetId: input.datasetId,
          number,
          source: input.source,
          note: input.note ?? null,
          studies: live._sum.studies ?? 0,
          added,
          removed,
          sizeBytes: live._sum.sizeBytes ?? 0n,
          summary: JSON.stringify(await primaryByMethod(tx, input.datasetId, number)),
          createdAt: clock(),
        },
      });
      const published = { number, studies: v.studies, added, removed, sizeBytes: v.sizeBytes, createdAt: v.createdAt };
      if (inTx) await inTx(tx, published);
      return published;
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
}

export async function listVersions(db: Pick<Db, "catalogueVersion">, datasetId: string, take = 50) {
  return db.catalogueVersion.findMany({ where: { datasetId }, orderBy: { number: "desc" }, take });
}
