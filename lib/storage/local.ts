// Local-directory storage driver: keys resolve under one root, and every access re-checks (after resolving symlinks)
// that the file is still inside it, so a symlink planted in a study folder cannot expose the rest of the disk.
import { createReadStream } from "node:fs";
import { mkdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import crypto from "node:crypto";
import path from "node:path";
import type { Readable } from "node:stream";
import { assertSafeKey } from "./keys";
import { StorageKeyError, StorageNotFoundError, type ByteRange, type Storage, type StoredFile } from "./types";

const missing = (e: unknown) => ["ENOENT", "ENOTDIR"].includes((e as NodeJS.ErrnoException).code ?? "");

export function createLocalStorage(root: string): Storage {
  if (!path.isAbsolute(root)) throw new Error(`local storage root must be absolute, got "${root}"`);
  let realRoot: Promise<string> | undefined;

  /** Real path of the key's file; null when it does not exist. Throws StorageKeyError when it escapes the root. */
  async function locate(key: string): Promise<string | null> {
    assertSafeKey(key);
    realRoot ??= realpath(/*turbopackIgnore: true*/ root);
    const base = await realRoot;
    let real: string;
    try {
      real = await realpath(/*turbopackIgnore: true*/ path.join(base, ...key.split("/")));
    } catch (e) {
      if (missing(e)) return null;
      throw e;
    }
    const rel = path.relative(base, real);
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) throw new StorageKeyError(key, "resolves outside the storage root");
    return real;
  }

  async function fileAt(key: string): Promise<{ real: string; info: StoredFile } | null> {
    const real = await locate(key);
    if (!real) return null;
    const s = await stat(/*turbopackIgnore: true*/ real).catch((e: unknown) => (missing(e) ? null : Promise.reject(e)));
    return s?.isFile() ? { real, info: { size: s.size, modified: s.mtime } } : null;
  }

  return {
    async stat(key) {
      return (await fileAt(key))?.info ?? null;
    },
    async read(key, range?: ByteRange): Promise<Readable> {
      const found = await fileAt(key);
      if (!found) throw new StorageNotFoundError(key);
      if (!range) return createReadStream(/*turbopackIgnore: true*/ found.real);
      const { size } = found.info;
      const end = Math.min(range.end ?? size - 1, size - 1);
      if (!Number.isInteger(range.start) || range.start < 0 || range.start > end) {
        throw new RangeError(`range ${range.start}-${range.end ?? ""} is outside a file of ${size} bytes`);
      }
      return createReadStream(/*turbopackIgnore: true*/ found.real, { start: range.start, end });
    },
    async write(key, data) {
      assertSafeKey(key);
      await mkdir(/*turbopackIgnore: true*/ root, { recursive: true });
      realRoot ??= realpath(/*turbopackIgnore: true*/ root);
      const base = await realRoot;
      const target = path.join(base, ...key.split("/"));
      await mkdir(/*turbopackIgnore: true*/ path.dirname(target), { recursive: true });
      // The folder the file goes into must still be inside the root once symlinks are resolved.
      const dir = path.relative(base, await realpath(/*turbopackIgnore: true*/ path.dirname(target)));
      if (dir.startsWith("..") || path.isAbsolute(dir)) throw new StorageKeyError(key, "resolves outside the storage root");
      // Written beside the target and renamed: a reader never sees half a file.
      const tmp = `${target}.${crypto.randomBytes(6).toString("hex")}.partial`;
      try {
        await writeFile(/*turbopackIgnore: true*/ tmp, data, { flag: "wx" });
        await rename(/*turbopackIgnore: true*/ tmp, target);
      } catch (e) {
        await rm(/*turbopackIgnore: true*/ tmp, { force: true });
        throw e;
      }
    },
    async remove(key) {
      const real = await locate(key);
      if (real) await rm(/*turbopackIgnore: true*/ real, { force: true });
    },
    async resolve(key) {
      const found = await fileAt(key);
      if (!found) throw new StorageNotFoundError(key);
      return found.real;
    },
  };
}
