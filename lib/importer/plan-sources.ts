// Turns the walked tree into the list of DICOM files to inspect. Each DICOMDIR is walked first (its order, its
// problems); DICOM files on disk that no DICOMDIR lists are imported too - the DICOMDIR is an index that can be stale,
// the files are the data - and each DICOMDIR gets one problem line saying how many it missed.
import path from "node:path";
import { readDicomdir, type DirectoryRecord } from "../dicom";
import { keyFor } from "../storage/keys";
import type { Problem, Rejected } from "./types";
import type { WalkedTree } from "./walk-tree";

export interface SourcePlan {
  /** Relative paths of the files to inspect: DICOMDIR-listed ones first in directory order, then the others. */
  order: string[];
  rejected: Rejected[];
  problems: Problem[];
  /** PatientIDs named in DICOMDIR records: dcmmkdir-style folders are named after them, so stored reports redact them. */
  identifiers: string[];
}

/** A broken DICOMDIR can report one problem per record; the operator needs the first few and a count. */
const MAX_PROBLEMS_PER_DICOMDIR = 20;
const UNREADABLE = /^(DICOMDIR cannot be|file is not a DICOMDIR|unexpected failure)/;

export async function planSources(tree: WalkedTree): Promise<SourcePlan> {
  const { root, byKind } = tree;
  const onDisk = new Set(Object.values(byKind).flat());
  const listed: string[] = [];
  const seen = new Set<string>();
  const rejected: Rejected[] = [];
  const problems: Problem[] = [];
  const indexes: string[] = [];
  const identifiers = new Set<string>();

  for (const rel of byKind.dicomdir) {
    const r = await readDicomdir(path.join(root, rel));
    if (r.records.length === 0 && r.problems.some((p) => UNREADABLE.test(p))) {
      rejected.push({ path: rel, reason: r.problems.join("; ") });
      continue;
    }
    indexes.push(rel);
    collectPatientIds(r.records, identifiers);
    const shown = r.problems.slice(0, MAX_PROBLEMS_PER_DICOMDIR).map((problem) => ({ path: rel, problem }));
    if (r.problems.length > shown.length)
      shown.push({ path: rel, problem: `and ${r.problems.length - shown.length} more problem(s)` });
    problems.push(...shown);
    for (const file of r.files) {
      const key = keyFor(root, file);
      if (key === null || !onDisk.has(key)) {
        problems.push({
          path: rel,
          problem: `references ${key ?? file}, which is a symbolic link or outside the folder; not imported`,
        });
      } else if (!seen.has(key)) {
        seen.add(key);
        listed.push(key);
      }
    }
  }

  const others = byKind.dicom.filter((rel) => !seen.has(rel));
  // Copies or variants of a DICOMDIR beside it (DICOMDIR-old, DICOMDIR.bak) are never listed by it: not worth a line.
  const unlisted = others.filter((rel) => !/^dicomdir/i.test(path.posix.basename(rel)));
  for (const index of indexes) {
    const dir = path.posix.dirname(index);
    const prefix = dir === "." ? "" : `${dir}/`;
    const missed = unlisted.filter((rel) => rel.startsWith(prefix));
    if (missed.length > 0) {
      problems.push({
        path: index,
        problem: `${missed.length} file(s) in its folder are not listed in this DICOMDIR (first: ${missed[0]}); they are checked and imported too`,
      });
    }
  }
  return { order: [...listed, ...others], rejected, problems, identifiers: [...identifiers] };
}

function collectPatientIds(records: DirectoryRecord[], out: Set<string>): void {
  for (const rec of records) {
    // Names and birth dates too: the PHI gate looks for them in the instances' free text and the PDF report.
    for (const v of [rec.keys.patientId, rec.keys.patientName, rec.keys.patientBirthDate]) {
      const value = v?.trim();
      if (value && value.length >= 2) out.add(value);
    }
    collectPatientIds(rec.children, out);
  }
}
