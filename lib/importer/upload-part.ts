// Copies one batch's share of a study (DICOM, JPG renderings, its report) from the import folder into the study's
// destination storage, before the database rows that point at them are written: the catalogue never names an object
// that is not there. A file already at the destination with the same size is not sent again, so re-runs are cheap.
import type { Storage } from "../storage";
import type { StudyPart } from "./batch";

const PARALLEL = 4;

export function filesOf(part: StudyPart, reportKey: string | null): string[] {
  const keys = new Set<string>();
  for (const s of part.series.values()) {
    for (const i of s.instances) {
      keys.add(i.fileKey);
      if (i.jpgKey) keys.add(i.jpgKey);
    }
  }
  if (reportKey) keys.add(reportKey);
  return [...keys];
}

export async function uploadPart(source: Storage, destination: Storage, keys: string[]): Promise<number> {
  let sent = 0;
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++]!;
      const have = await source.stat(key);
      if (!have) throw new Error(`${key}: vanished from the import folder during the import`);
      const there = await destination.stat(key);
      if (there?.size === have.size) continue;
      await destination.write(key, await source.read(key), { size: have.size });
      sent++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, keys.length) }, worker));
  return sent;
}
