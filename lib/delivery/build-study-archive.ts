// Builds one study's delivery archive into the archive storage and records its key, size and SHA-256 on the study.
// The zip is hashed as it is written: nothing is read twice and nothing is held in memory.
import type { S3Client } from "@aws-sdk/client-s3";
import type { Db } from "../db/create-client";
import { openStorage, type Storage } from "../storage";
import { archiveEntries } from "./archive-entries";
import { HashingCounter, zipStudy } from "./write-zip";

export interface ArchiveDeps {
  db: Db;
  /** Where archives are written (the configured archive storage). */
  archives: Storage;
  /** Opens a study's own storage from Study.storageRoot. */
  s3: () => S3Client;
}

export type ArchiveOutcome = { status: "built" | "current"; key: string; size: bigint; sha256: string; files: number };

/** `${dataset}/${studyInstanceUid}.zip`: UIDs are digits and dots, so the key is always a safe storage key. */
export const archiveKeyFor = (datasetSlug: string, studyInstanceUid: string) =>
  `${datasetSlug}/${studyInstanceUid}.zip`;

export async function buildStudyArchive(
  deps: ArchiveDeps,
  studyId: string,
  opts: { force?: boolean } = {},
): Promise<ArchiveOutcome> {
  const study = await deps.db.study.findUniqueOrThrow({
    where: { id: studyId },
    select: {
      id: true,
      studyInstanceUid: true,
      storageRoot: true,
      reportKey: true,
      archiveKey: true,
      archiveSize: true,
      archiveSha256: true,
      dataset: { select: { slug: true } },
    },
  });
  const key = archiveKeyFor(study.dataset.slug, study.studyInstanceUid);
  if (!opts.force && study.archiveKey === key && study.archiveSize !== null && study.archiveSha256) {
    const there = await deps.archives.stat(key);
    if (there && BigInt(there.size) === study.archiveSize) {
      return { status: "current", key, size: study.archiveSize, sha256: study.archiveSha256, files: -1 };
    }
  }
  const entries = await archiveEntries(deps.db, study.id, study.reportKey);
  if (entries.length === 0) throw new Error(`study ${study.studyInstanceUid} has no files to archive`);
  const source = openStorage(study.storageRoot, deps.s3);
  const counter = new HashingCounter();
  const zip = zipStudy(source, entries);
  zip.on("error", (e) => counter.destroy(e));
  const body = zip.pipe(counter);
  // The write reports the zip's errors by failing its read of the body; one that fails before reading (a folder that
  // cannot be made, a refused upload) must not leave them unheard (an uncaught exception ends the worker), nor the zip
  // reading the study's files on.
  body.on("error", () => {});
  try {
    await deps.archives.write(key, body, { contentType: "application/zip" });
  } catch (e) {
    zip.destroy();
    throw e;
  }
  const size = BigInt(counter.bytes);
  await deps.db.study.update({
    where: { id: study.id },
    data: { archiveKey: key, archiveSize: size, archiveSha256: counter.digest },
  });
  return { status: "built", key, size, sha256: counter.digest, files: entries.length };
}
