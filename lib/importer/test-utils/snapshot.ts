// The catalogue rows of one dataset without ids and timestamps, to compare runs that should end in the same state.
import type { Db } from "../../db/create-client";

export async function catalogueSnapshot(db: Db, slug: string) {
  const studies = await db.study.findMany({
    where: { dataset: { slug } },
    orderBy: { studyInstanceUid: "asc" },
    include: {
      series: { orderBy: { seriesInstanceUid: "asc" }, include: { instances: { orderBy: { fileKey: "asc" } } } },
    },
  });
  return studies.map(({ id: _i, datasetId: _d, createdAt: _c, updatedAt: _u, series, ...study }) => ({
    ...study,
    series: series.map(({ id: _s, studyId: _st, instances, ...s }) => ({
      ...s,
      instances: instances.map(({ id: _x, seriesId: _y, ...i }) => i),
    })),
  }));
}

/** Every row with ids and timestamps, to prove a re-run wrote nothing. */
export async function rawRows(db: Db, slug: string) {
  const where = { dataset: { slug } };
  return {
    studies: await db.study.findMany({ where, orderBy: { id: "asc" } }),
    series: await db.series.findMany({ where: { study: where }, orderBy: { id: "asc" } }),
    instances: await db.instance.findMany({ where: { series: { study: where } }, orderBy: { id: "asc" } }),
    statImports: await db.statImport.findMany({ where, orderBy: { id: "asc" } }),
  };
}
