// One flush: studies new to the database go in together (create-studies.ts), known ones are merged one transaction
// each (update-study.ts). If another import created one of the "new" studies meanwhile, they are merged instead.
import type { Db } from "../db/create-client";
import type { StudyPart } from "./batch";
import { createStudies } from "./create-studies";
import { updateStudy } from "./update-study";
import type { WriteContext, Written } from "./write-context";

const isUniqueViolation = (e: unknown) => (e as { code?: unknown }).code === "P2002";

function add(total: Written, w: Written): void {
  total.studyIds.push(...w.studyIds);
  total.studies += w.studies;
  total.series += w.series;
  total.instances += w.instances;
  total.problems.push(...w.problems);
}

export async function writeBatch(db: Db, ctx: WriteContext, parts: StudyPart[]): Promise<Written> {
  const total: Written = { studyIds: [], studies: 0, series: 0, instances: 0, problems: [] };
  if (parts.length === 0) return total;
  const known = await db.study.findMany({
    where: { datasetId: ctx.datasetId, studyInstanceUid: { in: parts.map((p) => p.uid) } },
    select: { studyInstanceUid: true },
  });
  const existing = new Set(known.map((s) => s.studyInstanceUid));
  const fresh = parts.filter((p) => !existing.has(p.uid));
  if (fresh.length > 0) {
    try {
      add(total, await createStudies(db, ctx, fresh));
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      for (const part of fresh) add(total, await updateStudy(db, ctx, part));
    }
  }
  for (const part of parts.filter((p) => existing.has(p.uid))) add(total, await updateStudy(db, ctx, part));
  return total;
}
