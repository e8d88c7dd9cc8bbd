// Validates what dicom-parser lets through and exposes checkFile(): one verdict per file, { ok, summary } or { ok: false, reason }.
import { readFile } from "node:fs/promises";
import type { DataSet } from "dicom-parser";
import { walkDirectory } from "./dicomdir-walk";
import { parseDicomFile } from "./parse-file";
import { transferSyntax } from "./transfer-syntax";
import type { CheckResult, DicomSummary } from "./types";
import { elementProblems, uidChecks } from "./validate-elements";
import { pixelProblems } from "./validate-pixels";
import { refuseUndecodable } from "./tolerate";

/** At most this many problems are joined into one reason. */
const MAX_REASONS = 3;

function joinReasons(problems: string[]): string {
  const shown = problems.slice(0, MAX_REASONS).join("; ");
  const more = problems.length - MAX_REASONS;
  return more > 0 ? `${shown}; and ${more} more problem(s)` : shown;
}

/** All problems found in an already parsed file (empty list = valid); fills `summary.warnings`. */
export function validateDataSet(dataSet: DataSet, summary: DicomSummary): string[] {
  const ts = transferSyntax(summary.transferSyntaxUid);
  if (!ts)
    return [
      `unknown transfer syntax ${summary.transferSyntaxUid}: cannot tell how the data set and pixels are encoded`,
    ];
  if (ts.referenced) return [`transfer syntax ${ts.name} keeps the pixels on a remote server, not in the file`];
  const structural = elementProblems(dataSet, ts.explicitVr);
  if (structural.length > 0) return structural;
  const uids = uidChecks(dataSet, summary.isDicomdir);
  summary.warnings.push(...uids.warnings);
  if (summary.isDicomdir && uids.problems.length > 0) return uids.problems;
  // A non-conformant UID still identifies the instance (dcmtk reads it): tolerated in image files.
  summary.tolerated.push(...uids.problems);
  if (summary.isDicomdir) {
    const walk = walkDirectory(dataSet);
    return walk.problems.map((p) => `DICOMDIR: ${p}`);
  }
  const problems = pixelProblems(dataSet, summary, ts);
  summary.warnings.push(...summary.tolerated);
  return problems;
}

/** Parse and validate a Part 10 file held in memory; tolerated breaches are accepted only when the pixels decode. Never throws. */
export async function checkBuffer(bytes: Uint8Array | ArrayBuffer): Promise<CheckResult> {
  try {
    const parsed = parseDicomFile(bytes);
    if (!parsed.ok) return parsed;
    const problems = validateDataSet(parsed.dataSet, parsed.summary);
    if (problems.length > 0) return { ok: false, reason: joinReasons(problems) };
    const refused = await refuseUndecodable(parsed.dataSet, parsed.summary);
    if (refused) return { ok: false, reason: refused };
    return { ok: true, summary: parsed.summary };
  } catch (err) {
    return {
      ok: false,
      reason: `unexpected failure while checking the file: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

/** Check a file on disk (path) or in memory (buffer). Never throws; unreadable files become { ok: false, reason }. */
export async function checkFile(input: string | Uint8Array | ArrayBuffer): Promise<CheckResult> {
  if (typeof input !== "string") return checkBuffer(input);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "does not exist"
        : code === "EISDIR"
          ? "is a directory"
          : `cannot be read (${code ?? String(err)})`;
    return { ok: false, reason: `file ${why}` };
  }
  return checkBuffer(bytes);
}
