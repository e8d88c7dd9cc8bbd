// Storage entry point: one interface (types.ts), two drivers (local.ts, s3.ts), and the location string a study
// records to say which driver and where (location.ts).
export { createLocalStorage } from "./local";
export { createS3Client, createS3Storage, type S3Settings } from "./s3";
export { openStorage, parseLocation, s3Location, type StorageLocation } from "./location";
export { assertSafeKey, keyFor } from "./keys";
export {
  StorageKeyError,
  StorageNotFoundError,
  type ByteRange,
  type PresignOptions,
  type Storage,
  type StoredFile,
  type WriteOptions,
} from "./types";

import type { S3Client } from "@aws-sdk/client-s3";
import { s3Client } from "./configured";
import { openStorage } from "./location";
import type { Storage } from "./types";

/** Storage for one study: its file keys are relative to Study.storageRoot (a folder or an s3:// location). */
export function storageForStudy(study: { storageRoot: string }, s3: () => S3Client = s3Client): Storage {
  return openStorage(study.storageRoot, s3);
}
