// Attaches the radiologist's PDF report to a study: the nearest PDF at or above the study's folder (the vendor's
// sample puts Lumbar_Spine_MRI.pdf beside the study folder; a multi-study pack may keep one per study folder).
import path from "node:path";

export interface ReportIndex {
  /** The report for a study whose instance keys share `commonDir` ("" = the root), or null; `ambiguous` when several tie. */
  find(commonDir: string): { key: string | null; ambiguous: string[] };
}

export function indexReports(pdfs: string[]): ReportIndex {
  const byDir = new Map<string, string[]>();
  for (const pdf of pdfs) {
    const dir = path.posix.dirname(pdf);
    const key = dir === "." ? "" : dir;
    byDir.set(key, [...(byDir.get(key) ?? []), pdf]);
  }
  return {
    find(commonDir) {
      for (let dir = commonDir; ; dir = parentOf(dir)) {
        const here = byDir.get(dir);
        if (here?.length === 1) return { key: here[0] ?? null, ambiguous: [] };
        if (here && here.length > 1) return { key: null, ambiguous: here };
        if (dir === "") return { key: null, ambiguous: [] };
      }
    },
  };
}

function parentOf(dir: string): string {
  const up = path.posix.dirname(dir);
  return up === "." ? "" : up;
}

/** Deepest folder shared by every key: the common prefix of the smallest and largest key covers all keys between. */
export function commonDir(minKey: string, maxKey: string): string {
  let i = 0;
  while (i < minKey.length && minKey[i] === maxKey[i]) i++;
  const prefix = minKey.slice(0, i);
  const slash = prefix.lastIndexOf("/");
  return slash < 0 ? "" : prefix.slice(0, slash);
}
