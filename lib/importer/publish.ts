// The last step of a run: sample studies the run touched are published when no file of theirs carries identifying
// attributes and their PDF report passes its text check, and the rest are listed with the reasons. Only a completed
// run publishes (a killed one never does).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db/create-client";
import { mergePhi, phiReasons } from "./phi-findings";
import { reportEntry, reportProblem } from "./report-phi";
import { pdfText } from "./report-text";
import type { Unpublished } from "./types";

/** Keeps each statement's parameter list well under SQLite's and PostgreSQL's limits. */
const CHUNK = 500;

/** Reads a report by its key under the study's folder (the importer's storage is the local source folder). */
export type ReadReport = (storageRoot: string, key: string) => Promise<Uint8Array>;
const readLocal: ReadReport = (root, key) => readFile(path.join(root, ...key.split("/")));

async function reportReason(
  read: ReadReport,
  root: string,
  key: string,
  known: readonly string[],
): Promise<string | null> {
  let text: string;
  try {
    text = await pdfText(await read(root, key));
  } catch (e) {
    // Fail closed: a report we cannot read is a report we cannot vouch for.
    return `text cannot be extracted (${e instanceof Error ? e.message : String(e)})`;
  }
  return reportProblem(text, known);
}

/** Records (or clears) the report finding of every sample study among `ids` that has a report. */
async function checkReports(db: Db, ids: string[], known: readonly string[], read: ReadReport): Promise<void> {
  const studies = await db.study.findMany({
    where: { id: { in: ids }, isSample: true, reportKey: { not: null } },
    select: { id: true, storageRoot: true, reportKey: true, phiFindings: true, published: true },
  });
  for (const s of studies) {
    const key = s.reportKey!;
    const reason = await reportReason(read, s.storageRoot, key, known);
    const phiFindings = mergePhi(s.phiFindings, [key], reason ? [reportEntry(key, reason)] : []);
    if (phiFindings === s.phiFindings) continue;
    await db.study.update({
      where: { id: s.id },
      data: { phiFindings, ...(phiFindings !== null && s.published ? { published: false } : {}) },
    });
  }
}

/**
 * `known`: every patient value the run saw (files, DICOMDIR, rejected paths); a report repeating any of them is
 * refused even when the study's own headers are clean.
 */
export async function publishSamples(
  db: Db,
  studyIds: string[],
  known: readonly string[] = [],
  read: ReadReport = readLocal,
): Promise<Unpublished[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < studyIds.length; i += CHUNK) chunks.push(studyIds.slice(i, i + CHUNK));
  // Findings first (they only ever keep a study private), then every clean sample goes public in one transaction: a
  // run killed here publishes all of its studies or none.
  for (const ids of chunks) await checkReports(db, ids, known, read);
  await db.$transaction(
    chunks.map((ids) =>
      db.study.updateMany({
        where: { id: { in: ids }, isSample: true, published: false, phiFindings: null },
        data: { published: true },
      }),
    ),
  );
  const unpublished: Unpublished[] = [];
  for (const ids of chunks) {
    const kept = await db.study.findMany({
      where: { id: { in: ids }, isSample: true, published: false },
      select: { studyInstanceUid: true, phiFindings: true },
      orderBy: { studyInstanceUid: "asc" },
    });
    for (const s of kept) unpublished.push({ study: s.studyInstanceUid, reasons: phiReasons(s.phiFindings) });
  }
  return unpublished;
}
