// What goes into a study's delivery archive, in a stable order: every DICOM file and its JPG rendering under the
// key the import recorded (the vendor's ST*/SE*/IM* layout), then the report. Read a page at a time (a study holds
// hundreds of files; only their names and known hashes are kept, never their bytes).
import type { Db } from "../db/create-client";

export interface ArchiveEntry {
  /** Storage key, also the name inside the zip. */
  key: string;
  /** Known content hash (DICOM files are hashed at import): the archive build checks the bytes still match. */
  sha256: string | null;
  size: number | null;
}

const PAGE = 1000;

export async function archiveEntries(db: Db, studyId: string, reportKey: string | null): Promise<ArchiveEntry[]> {
  const out: ArchiveEntry[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await db.instance.findMany({
      where: { series: { studyId } },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, fileKey: true, jpgKey: true, sha256: true, sizeBytes: true },
    });
    for (const i of page) {
      out.push({ key: i.fileKey, sha256: i.sha256, size: i.sizeBytes });
      if (i.jpgKey) out.push({ key: i.jpgKey, sha256: null, size: null });
    }
    if (page.length < PAGE) break;
    cursor = page.at(-1)!.id;
  }
  if (reportKey) out.push({ key: reportKey, sha256: null, size: null });
  // Byte order of names: the same files always give the same archive, whatever order the rows came in.
  const seen = new Set<string>();
  return out
    .filter((e) => !seen.has(e.key) && seen.add(e.key))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
