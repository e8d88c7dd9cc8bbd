// The storage layer's one interface: the importer, the archive builder and the download routes read and write study
// files by key and never see where they live (a local directory or an S3-compatible bucket).
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

export interface WriteOptions {
  contentType?: string;
  /** Exact byte count when known (lets the S3 driver send one PUT instead of a multipart upload). */
  size?: number;
}

export interface PresignOptions {
  /** Seconds the URL stays valid. */
  expiresIn: number;
  /** Suggested file name for the browser (Content-Disposition: attachment). */
  fileName?: string;
  contentType?: string;
}

export interface Storage {
  /** Where this storage lives, as recorded on a study (`/abs/dir` or `s3://bucket/prefix`). */
  readonly location: string;
  /** A stream of the file's bytes (or of `range`); throws StorageKeyError for a bad key, StorageNotFoundError when absent. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** Size and modification time, or null when there is no such file. */
  stat(key: string): Promise<StoredFile | null>;
  /** Streams `body` to `key`, replacing it atomically (readers never see a half-written file). */
  write(key: string, body: Readable, opts?: WriteOptions): Promise<StoredFile>;
  /** A short-lived URL any HTTP client can GET (with Range) without credentials, for drivers that have one (S3). */
  presignGet?(key: string, opts: PresignOptions): Promise<string>;
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
