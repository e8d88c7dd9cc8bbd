// File keys are POSIX relative paths (what the importer records); this is the one place that says what a valid key is.
import path from "node:path";
import { StorageKeyError } from "./types";

/** Throws StorageKeyError unless `key` is a plain relative path with no "." / ".." / empty segments. */
export function assertSafeKey(key: string): void {
  if (typeof key !== "string" || key.length === 0) throw new StorageKeyError(String(key), "empty key");
  if (key.length > 1024) throw new StorageKeyError(key, "longer than 1024 characters");
  if (key.includes("\0")) throw new StorageKeyError(key, "contains a NUL byte");
  if (key.includes("\\")) throw new StorageKeyError(key, "contains a backslash (keys use /)");
  if (key.startsWith("/") || /^[a-zA-Z]:/.test(key)) throw new StorageKeyError(key, "is absolute");
  for (const segment of key.split("/")) {
    if (segment === "" || segment === "." || segment === "..")
      throw new StorageKeyError(key, `has a "${segment}" path segment`);
  }
}

/** Whether `target` lies outside `base` (a relative path climbing out starts with a ".." segment; a file named
 *  "..hidden" inside `base` does not). */
export function isOutside(base: string, target: string): boolean {
  const rel = path.relative(base, target);
  return rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

/** The key of an absolute `file` under `root` (POSIX separators), or null when it is not inside `root`. */
export function keyFor(root: string, file: string): string | null {
  const rel = path.relative(root, file);
  if (rel === "" || isOutside(root, file)) return null;
  return rel.split(path.sep).join("/");
}
