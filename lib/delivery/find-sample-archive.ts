// The delivery archive of a published sample study (anyone may download it). The key comes from the study row, never
// from the request, which only names the study id.
import type { Db } from "../db/create-client";
import { PUBLIC_SAMPLE } from "../preview/sample-scope";

export interface SampleArchive {
  studyId: string;
  key: string;
  size: bigint;
  sha256: string;
  fileName: string;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export async function findSampleArchive(db: Db, studyId: string): Promise<SampleArchive | null> {
  if (!ID_PATTERN.test(studyId)) return null;
  const s = await db.study.findFirst({
    where: { id: studyId, ...PUBLIC_SAMPLE, archiveKey: { not: null } },
    select: {
      id: true,
      studyInstanceUid: true,
      archiveKey: true,
      archiveSize: true,
      archiveSha256: true,
      dataset: { select: { slug: true } },
    },
  });
  if (!s?.archiveKey || s.archiveSize === null || !s.archiveSha256) return null;
  return {
    studyId: s.id,
    key: s.archiveKey,
    size: s.archiveSize,
    sha256: s.archiveSha256,
    fileName: `${s.dataset.slug}-sample-${s.studyInstanceUid}.zip`,
  };
}
