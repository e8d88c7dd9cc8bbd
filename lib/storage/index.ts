// Storage entry point: pick a driver for a study's files. Only the local driver exists so far (S3 is a later issue).
export { createLocalStorage } from "./local";
export { assertSafeKey, keyFor } from "./keys";
export { StorageKeyError, StorageNotFoundError, type ByteRange, type Storage, type StoredFile } from "./types";

import { createLocalStorage } from "./local";
import type { Storage } from "./types";

/** Storage for one study: its files are keyed relative to Study.storageRoot. */
export function storageForStudy(study: { storageRoot: string }): Storage {
  return createLocalStorage(study.storageRoot);
}
