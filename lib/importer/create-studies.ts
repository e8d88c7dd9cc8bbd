// Studies seen for the first time (the whole of a first import, the case the benchmark times) are written in one
// transaction of three bulk statements - studies, their series, their instances - with totals taken from the batch.
// Only the studies go through Prisma (dates, BigInt); see bulk-insert.ts for the rest.
import type { Db } from "../db/create-client";
import type { StudyPart } from "./batch";
import { insertInstances, insertSeries, newId, type SeriesInsert } from "./bulk-insert";
import { mergePhi } from "./phi-findings";
import { reportFor } from "./study-report";
import type { WriteContext, Written } from "./write-context";

export async function createStudies(db: Db, ctx: WriteContext, parts: StudyPart[]): Promise<Written> {
  const out: Written = { studyIds: [], studies: parts.length, series: 0, instances: 0, problems: [] };
  const studyRows = parts.map((part) => {
    const rows = [...part.series.values()].flatMap((s) => s.instances);
    const keys = part.files.slice().sort();
    const report = reportFor(ctx.reports, part.uid, keys[0] ?? null, keys.at(-1) ?? null);
    out.problems.push(...report.problems);
    return {
      datasetId: ctx.datasetId,
      studyInstanceUid: part.uid,
      storageRoot: ctx.locationFor(part.uid),
      isSample: ctx.sample,
      ...part.fields,
      reportKey: report.key,
      seriesCount: part.series.size,
      instanceCount: rows.length,
      sizeBytes: BigInt(rows.reduce((n, r) => n + r.sizeBytes, 0)),
      phiFindings: mergePhi(null, part.files, part.phi),
    };
  });
  await db.$transaction(
    async (tx) => {
      const studies = await tx.study.createManyAndReturn({
        data: studyRows,
        select: { id: true, studyInstanceUid: true },
      });
      const studyId = new Map(studies.map((s) => [s.studyInstanceUid, s.id]));
      out.studyIds = studies.map((s) => s.id);
      const seriesRows: SeriesInsert[] = [];
      const instanceRows: Parameters<typeof insertInstances>[1] = [];
      for (const part of parts) {
        for (const s of part.series.values()) {
          const id = newId();
          seriesRows.push({
            id,
            studyId: studyId.get(part.uid)!,
            seriesInstanceUid: s.uid,
            ...s.fields,
            instanceCount: s.instances.length,
          });
          for (const row of s.instances) instanceRows.push({ ...row, seriesId: id });
        }
      }
      await insertSeries(tx, seriesRows);
      await insertInstances(tx, instanceRows);
      out.series = seriesRows.length;
      out.instances = instanceRows.length;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  return out;
}
