// Local-directory storage driver: keys resolve under one root, and every access re-checks (after resolving symlinks)
// that the file is still inside it, so a symlink planted in a study folder cannot expose the rest of the disk.
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, realpath, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertSafeKey, isOutside } from "./keys";
import { StorageKeyError, StorageNotFoundError, type ByteRange, type Storage, type StoredFile } from "./types";

/** 1 MiB reads: fewer, larger chunks keep a download's throughput at what the disk and socket can do. */
const READ_CHUNK = 1 << 20;

const missing = (e: unknown) => ["ENOENT", "ENOTDIR"].includes((e as NodeJS.ErrnoException).code ?? "");

export function createLocalStorage(root: string): Storage {
  if (!path.isAbsolute(root)) throw new Error(`local storage root must be absolute, got "${root}"`);
  let realRoot: Promise<string> | undefined;
  const rootReal = () => {
    // A rejection (root not created yet) is not cached: a later write creates the root.
    realRoot ??= realpath(/*turbopackIgnore: true*/ root).catch((e: unknown) => {
      realRoot = undefined;
      throw e;
    });
    return realRoot;
  };

  /** Real path of the key's file; null when it does not exist. Throws StorageKeyError when it escapes the root. */
  async function locate(key: string): Promise<string | null> {
    assertSafeKey(key);
    let base: string;
    try {
      base = await rootReal();
    } catch (e) {
      if (missing(e)) return null;
      throw e;
    }
    let real: string;
    try {
      real = await realpath(path.join(/*turbopackIgnore: true*/ base, ...key.split("/")));
    } catch (e) {
      if (missing(e)) return null;
      throw e;
    }
    if (real === base || isOutside(base, real)) throw new StorageKeyError(key, "resolves outside the storage root");
    return real;
  }

  async function fileAt(key: string): Promise<{ real: string; info: StoredFile } | null> {
    const real = await locate(key);
    if (!real) return null;
    const s = await stat(/*turbopackIgnore: true*/ real).catch((e: unknown) => (missing(e) ? null : Promise.reject(e)));
    return s?.isFile() ? { real, info: { size: s.size, modified: s.mtime } } : null;
  }

  return {
    location: root,
    async stat(key) {
      return (await fileAt(key))?.info ?? null;
    },
    async read(key, range?: ByteRange): Promise<Readable> {
      const found = await fileAt(key);
      if (!found) throw new StorageNotFoundError(key);
      if (!range) return createReadStream(/*turbopackIgnore: true*/ found.real, { highWaterMark: READ_CHUNK });
      const { size } = found.info;
      const end = Math.min(range.end ?? size - 1, size - 1);
      if (!Number.isInteger(range.start) || range.start < 0 || range.start > end) {
        throw new RangeError(`range ${range.start}-${range.end ?? ""} is outside a file of ${size} bytes`);
      }
      return createReadStream(/*turbopackIgnore: true*/ found.real, {
        start: range.start,
        end,
        highWaterMark: READ_CHUNK,
      });
    },
    async write(key, body) {
      assertSafeKey(key);
      await mkdir(/*turbopackIgnore: true*/ root, { recursive: true });
      const base = await rootReal();
      const target = path.join(/*turbopackIgnore: true*/ base, ...key.split("/"));
      const dir = path.dirname(target);
      await mkdir(/*turbopackIgnore: true*/ dir, { recursive: true });
      if (isOutside(base, await realpath(/*turbopackIgnore: true*/ dir)))
        throw new StorageKeyError(key, "resolves outside the storage root");
      // Written beside the target, then renamed over it: a reader sees the old file or the new one, never half of one.
      const tmp = `${target}.${randomBytes(6).toString("hex")}.partial`;
      try {
        await pipeline(body, createWriteStream(/*turbopackIgnore: true*/ tmp, { flags: "wx" }));
        await rename(/*turbopackIgnore: true*/ tmp, target);
      } catch (e) {
        await rm(/*turbopackIgnore: true*/ tmp, { force: true });
        throw e;
      }
      const s = await stat(/*turbopackIgnore: true*/ target);
      return { size: s.size, modified: s.mtime };
    },
    async remove(key) {
      const real = await locate(key);
      if (real) await rm(/*turbopackIgnore: true*/ real, { force: true });
    },
  };
}
