// Resolves what a preview file route may serve. The key always comes from the database row of a published sample,
// never from the request: the request only names an id.
import type { Db } from "@/lib/db";
import { PUBLIC_SAMPLE } from "./sample-scope";

export type SampleFileKind = "dicom" | "jpg" | "report";

export interface SampleFile {
  storageRoot: string;
  key: string;
  /** Content hash of the file when the database has one (DICOM), used as the ETag. */
  sha256: string | null;
  sizeBytes: number | null;
  /** Name for Content-Disposition, from the key's last segment. */
  fileName: string;
}

/** Ids are cuids; anything else cannot be a row, so it is rejected before a query. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const baseName = (key: string) => key.split(/[\\/]/).pop() || "file";

export async function findSampleInstanceFile(
  db: Db,
  instanceId: string,
  kind: "dicom" | "jpg",
): Promise<SampleFile | null> {
  if (!ID_PATTERN.test(instanceId)) return null;
  const row = await db.instance.findFirst({
    where: { id: instanceId, series: { study: PUBLIC_SAMPLE } },
    select: {
      fileKey: true,
      rows: true,
      columns: true,
      sha256: true,
      sizeBytes: true,
      series: { select: { study: { select: { storageRoot: true } } } },
    },
  });
  if (!row) return null;
  const storageRoot = row.series.study.storageRoot;
  // The JPG is rendered from the DICOM itself (serve-sample-file.ts), so it exists exactly when the file has pixels.
  if (kind === "jpg" && (row.rows === null || row.columns === null)) return null;
  return {
    storageRoot,
    key: row.fileKey,
    sha256: row.sha256,
    sizeBytes: row.sizeBytes,
    fileName: baseName(row.fileKey),
  };
}

export async function findSampleReport(db: Db, studyId: string): Promise<SampleFile | null> {
  if (!ID_PATTERN.test(studyId)) return null;
  const row = await db.study.findFirst({
    where: { id: studyId, ...PUBLIC_SAMPLE },
    select: { storageRoot: true, reportKey: true },
  });
  if (!row?.reportKey) return null;
  return {
    storageRoot: row.storageRoot,
    key: row.reportKey,
    sha256: null,
    sizeBytes: null,
    fileName: baseName(row.reportKey),
  };
}
