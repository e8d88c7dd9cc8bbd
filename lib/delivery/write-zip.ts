// Streams a stored (uncompressed) zip of storage files plus a SHA256SUMS listing each file's hash, computed on the
// way through. One file is open at a time (yazl's lazy streams); memory does not grow with the study. Fixed
// timestamps and modes make the bytes a function of the files alone, so rebuilding gives the identical archive.
import { createHash } from "node:crypto";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { ZipFile } from "yazl";
import type { Storage } from "../storage";
import type { ArchiveEntry } from "./archive-entries";

export const SUMS_NAME = "SHA256SUMS";
/** Every entry's modification time: fixed, so the archive depends only on content. */
export const ARCHIVE_MTIME = new Date("2020-01-01T00:00:00Z");
const ENTRY = { mtime: ARCHIVE_MTIME, mode: 0o100644, compress: false } as const;

export class ArchiveContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArchiveContentError";
  }
}

/** Passes bytes through, hashing and counting them. */
export class HashingCounter extends Transform {
  private readonly hash = createHash("sha256");
  bytes = 0;
  /** `onEnd` may return an Error: the stream then fails instead of ending. */
  constructor(private readonly onEnd?: (sha256: string, bytes: number) => Error | void) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback) {
    this.digest = this.hash.digest("hex");
    cb(this.onEnd?.(this.digest, this.bytes) ?? null);
  }
  digest = "";
}

/** The zip as a stream; it errors (and so fails the write) when a file is missing or no longer matches its hash. */
export function zipStudy(source: Storage, entries: ArchiveEntry[]): Readable {
  const zip = new ZipFile();
  const out = zip.outputStream as Readable;
  // yazl does not watch its input streams for errors: a failed file fails the whole archive stream.
  const fail = (err: Error) => out.destroy(err);
  zip.on("error", fail);
  // yazl does not stop reading when its output is destroyed either: close the file being read, or it stays open.
  let reading: Readable | null = null;
  out.on("close", () => reading?.destroy());
  const sums: string[] = [];
  for (const e of entries) {
    zip.addReadStreamLazy(e.key, { ...ENTRY, ...(e.size !== null ? { size: e.size } : {}) }, (cb) => {
      source.read(e.key).then(
        (stream) => {
          reading = stream;
          if (out.destroyed) stream.destroy();
          const hasher = new HashingCounter((sha256) => {
            if (e.sha256 && e.sha256 !== sha256) {
              return new ArchiveContentError(
                `${e.key}: content changed since import (SHA-256 ${sha256}, catalogue ${e.sha256}); re-import the study`,
              );
            }
            sums.push(`${sha256}  ${e.key}\n`);
          });
          hasher.on("error", fail);
          stream.on("error", fail);
          cb(null, stream.pipe(hasher));
        },
        (err: unknown) => cb(err as Error, undefined as unknown as Readable),
      );
    });
  }
  // Asked for only after every file above has been streamed, so the list is complete.
  zip.addReadStreamLazy(SUMS_NAME, ENTRY, (cb) => cb(null, Readable.from([Buffer.from(sums.join(""))])));
  zip.end();
  return out;
}
