// The storage the environment configures (STORAGE_DRIVER, S3_*, ARCHIVE_DIR): one S3 client per process, where new
// imports put study files, and where delivery archives live. app/ and scripts/ use these; lib/ functions take storage
// as a parameter.
import path from "node:path";
import type { S3Client } from "@aws-sdk/client-s3";
import { env, type Env } from "../env";
import { openStorage, s3Location } from "./location";
import { createS3Client } from "./s3";
import type { Storage } from "./types";

const g = globalThis as unknown as { __s3Client?: S3Client };

export function s3ClientFor(e: Env = env): S3Client {
  return createS3Client({
    endpoint: e.S3_ENDPOINT,
    region: e.S3_REGION,
    forcePathStyle: e.S3_FORCE_PATH_STYLE,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
  });
}

/** The process-wide S3 client (created on first use, so the local driver never loads the SDK's config). */
export const s3Client = (): S3Client => (g.__s3Client ??= s3ClientFor(env));

/** Where per-study delivery archives are written and served from. */
export function archiveLocation(e: Env = env): string {
  if (e.STORAGE_DRIVER === "s3") return s3Location(e.S3_BUCKET!, e.S3_PREFIX, "archives");
  return path.resolve(/*turbopackIgnore: true*/ e.ARCHIVE_DIR ?? path.join(e.DATA_DIR, "archives"));
}

/** Where an import puts one study's files (S3: `<prefix>/studies/<dataset>/<Study Instance UID>`); null with the
 *  local driver, which indexes them where they are. One prefix per study keeps packs that reuse the vendor's
 *  ST000001/... folder names from colliding. */
export function importLocation(datasetSlug: string, studyUid: string, e: Env = env): string | null {
  return e.STORAGE_DRIVER === "s3" ? s3Location(e.S3_BUCKET!, e.S3_PREFIX, "studies", datasetSlug, studyUid) : null;
}

export const archiveStorage = (e: Env = env, s3: () => S3Client = s3Client): Storage =>
  openStorage(archiveLocation(e), s3);
