// The storage layer's one interface: routes and delivery read study files by key and never see where they live
// (a local directory today, an S3-compatible bucket in a later issue).
import type { Readable } from "node:stream";

export interface StoredFile {
  size: number;
  modified: Date;
}

/** Inclusive byte range, as in an HTTP Range header; `end` defaults to the last byte. */
export interface ByteRange {
  start: number;
  end?: number;
}

export interface Storage {
  /** A stream of the file's bytes (or of `range`); throws StorageKeyError for a bad key, StorageNotFoundError when absent. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** Size and modification time, or null when there is no such file. */
  stat(key: string): Promise<StoredFile | null>;
  /** Absolute path on this machine, for drivers that have one (local); same checks as read. */
  resolve?(key: string): Promise<string>;
  /** Stores `data` at `key` (whole or not at all), for writable stores such as enquiry attachments; same key checks. */
  write?(key: string, data: Uint8Array): Promise<void>;
  /** Deletes the file at `key` if there is one. */
  remove?(key: string): Promise<void>;
}

/** The key is not a plain relative path inside the root (absolute, "..", NUL, backslash, or a symlink leading out). */
export class StorageKeyError extends Error {
  constructor(key: string, why: string) {
    super(`storage key ${JSON.stringify(key.slice(0, 200))} refused: ${why}`);
    this.name = "StorageKeyError";
  }
}

export class StorageNotFoundError extends Error {
  constructor(key: string) {
    super(`no file at storage key ${JSON.stringify(key.slice(0, 200))}`);
    this.name = "StorageNotFoundError";
  }
}
