// Merges a batch's share of a study that is already in the database, in one transaction keyed on the unique columns,
// so a killed run leaves a consistent state and re-running converges: unchanged rows are not touched (no write at
// all), counts, size, report and PHI findings are recomputed from what the database holds, and publishing only ever
// goes down here (a completed run publishes, see publish.ts).
import type { Db } from "../db/create-client";
import type { InstanceRow, StudyPart } from "./batch";
import { insertInstances } from "./bulk-insert";
import { mergePhi } from "./phi-findings";
import { reportFor } from "./study-report";
import type { Tx, WriteContext, Written } from "./write-context";

/** Values for the columns that are still empty: the first file of a study or series decides, later runs only fill gaps. */
function fillGaps<T extends Record<string, unknown>>(current: Record<string, unknown>, incoming: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(incoming) as (keyof T & string)[]) {
    if (current[k] === null && incoming[k] !== null) out[k] = incoming[k];
  }
  return out;
}

const sameRow = (a: { seriesId: string; sha256: string; jpgKey: string | null }, seriesId: string, row: InstanceRow) =>
  a.seriesId === seriesId && a.sha256 === row.sha256 && a.jpgKey === row.jpgKey;

async function writeSeriesAndInstances(
  tx: Tx,
  studyId: string,
  part: StudyPart,
): Promise<{ series: number; instances: number }> {
  let series = 0;
  const seriesIds = new Map<string, string>();
  const existing = await tx.series.findMany({ where: { studyId, seriesInstanceUid: { in: [...part.series.keys()] } } });
  for (const s of part.series.values()) {
    const found = existing.find((e) => e.seriesInstanceUid === s.uid);
    if (!found) {
      const created = await tx.series.create({
        data: { studyId, seriesInstanceUid: s.uid, ...s.fields },
        select: { id: true },
      });
      seriesIds.set(s.uid, created.id);
      series++;
      continue;
    }
    seriesIds.set(s.uid, found.id);
    const gaps = fillGaps(found, s.fields);
    if (Object.keys(gaps).length > 0) await tx.series.update({ where: { id: found.id }, data: gaps });
  }

  const have = await tx.instance.findMany({
    where: { series: { studyId }, fileKey: { in: part.files } },
    select: { id: true, seriesId: true, fileKey: true, sha256: true, jpgKey: true },
  });
  const byKey = new Map(have.map((h) => [h.fileKey, h]));
  const stale: string[] = [];
  const fresh: (InstanceRow & { seriesId: string })[] = [];
  for (const s of part.series.values()) {
    const seriesId = seriesIds.get(s.uid)!;
    for (const row of s.instances) {
      const old = byKey.get(row.fileKey);
      if (old && sameRow(old, seriesId, row)) continue;
      if (old) stale.push(old.id); // the file changed (or moved series): replace its row
      fresh.push({ ...row, seriesId });
    }
  }
  if (stale.length > 0) await tx.instance.deleteMany({ where: { id: { in: stale } } });
  if (fresh.length > 0) await insertInstances(tx, fresh);
  return { series, instances: fresh.length };
}

/** Series counts and the study's totals from the rows themselves; series left empty by a moved file go away. */
async function recount(tx: Tx, studyId: string) {
  const perSeries = await tx.instance.groupBy({
    by: ["seriesId"],
    where: { series: { studyId } },
    _count: { _all: true },
  });
  const counts = new Map(perSeries.map((g) => [g.seriesId, g._count._all]));
  const series = await tx.series.findMany({ where: { studyId }, select: { id: true, instanceCount: true } });
  const empty = series.filter((s) => !counts.has(s.id)).map((s) => s.id);
  if (empty.length > 0) await tx.series.deleteMany({ where: { id: { in: empty } } });
  for (const s of series) {
    const n = counts.get(s.id);
    if (n !== undefined && n !== s.instanceCount)
      await tx.series.update({ where: { id: s.id }, data: { instanceCount: n } });
  }
  const agg = await tx.instance.aggregate({
    where: { series: { studyId } },
    _count: { _all: true },
    _sum: { sizeBytes: true },
    _min: { fileKey: true },
    _max: { fileKey: true },
  });
  return {
    seriesCount: counts.size,
    instanceCount: agg._count._all,
    sizeBytes: BigInt(agg._sum.sizeBytes ?? 0),
    min: agg._min.fileKey,
    max: agg._max.fileKey,
  };
}

export function updateStudy(db: Db, ctx: WriteContext, part: StudyPart): Promise<Written> {
  return db.$transaction(
    async (tx) => {
      const where = { datasetId_studyInstanceUid: { datasetId: ctx.datasetId, studyInstanceUid: part.uid } };
      const location = ctx.locationFor(part.uid);
      let study = await tx.study.findUnique({ where });
      let studies = 0;
      if (!study) {
        study = await tx.study.create({
          data: {
            datasetId: ctx.datasetId,
            studyInstanceUid: part.uid,
            storageRoot: location,
            isSample: ctx.sample,
            ...part.fields,
          },
        });
        studies = 1;
      } else if (study.storageRoot !== location) {
        // The study now lives in another folder: its old file keys mean nothing there, so its rows start over.
        await tx.series.deleteMany({ where: { studyId: study.id } });
        study = await tx.study.update({
          where: { id: study.id },
          data: { storageRoot: location, phiFindings: null, reportKey: null },
        });
      }
      const { series, instances } = await writeSeriesAndInstances(tx, study.id, part);
      const totals = await recount(tx, study.id);

      const { key: reportKey, problems } = reportFor(ctx.reports, part.uid, totals.min, totals.max);
      const phiFindings = mergePhi(study.phiFindings, part.files, part.phi);
      const next = {
        ...fillGaps(study, part.fields),
        ...(ctx.sample && !study.isSample ? { isSample: true } : {}),
        ...(phiFindings !== null && study.published ? { published: false } : {}),
      };
      const changed = {
        ...next,
        ...(totals.seriesCount !== study.seriesCount ? { seriesCount: totals.seriesCount } : {}),
        ...(totals.instanceCount !== study.instanceCount ? { instanceCount: totals.instanceCount } : {}),
        ...(totals.sizeBytes !== study.sizeBytes ? { sizeBytes: totals.sizeBytes } : {}),
        ...(reportKey !== study.reportKey ? { reportKey } : {}),
        ...(phiFindings !== study.phiFindings ? { phiFindings } : {}),
      };
      // Its files changed: the delivery archive no longer matches them and is rebuilt by the next archive build.
      if (study.archiveKey && (series > 0 || instances > 0 || "reportKey" in changed || "instanceCount" in changed)) {
        Object.assign(changed, { archiveKey: null, archiveSize: null, archiveSha256: null });
      }
      if (Object.keys(changed).length > 0) await tx.study.update({ where: { id: study.id }, data: changed });
      return { studyIds: [study.id], studies, series, instances, problems };
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}
