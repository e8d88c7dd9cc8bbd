// The last step of a run: sample studies the run touched are published when no file of theirs carries identifying
// attributes, and the rest are listed with the reasons. Only a completed run publishes (a killed one never does).
import type { Db } from "../db/create-client";
import { phiReasons } from "./phi-findings";
import type { Unpublished } from "./types";

/** Keeps each statement's parameter list well under SQLite's and PostgreSQL's limits. */
const CHUNK = 500;

export async function publishSamples(db: Db, studyIds: string[]): Promise<Unpublished[]> {
  const unpublished: Unpublished[] = [];
  for (let i = 0; i < studyIds.length; i += CHUNK) {
    const ids = studyIds.slice(i, i + CHUNK);
    await db.study.updateMany({ where: { id: { in: ids }, isSample: true, published: false, phiFindings: null }, data: { published: true } });
    const kept = await db.study.findMany({
      where: { id: { in: ids }, isSample: true, published: false },
      select: { studyInstanceUid: true, phiFindings: true },
      orderBy: { studyInstanceUid: "asc" },
    });
    for (const s of kept) unpublished.push({ study: s.studyInstanceUid, reasons: phiReasons(s.phiFindings) });
  }
  return unpublished;
}
