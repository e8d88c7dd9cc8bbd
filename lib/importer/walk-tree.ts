// Lists every file under the import root in a stable order (byte order of names, depth first), sorted by what it is.
// Symbolic links are not followed: the storage layer refuses keys that leave the root, so nothing behind one could
// be served anyway.
import { lstat, opendir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { classifyFile, type FileKind } from "./classify-file";

export interface WalkedTree {
  /** Real absolute path of the import root; every path below is relative to it, with "/" separators. */
  root: string;
  byKind: Record<FileKind, string[]>;
  symlinks: string[];
  /** Sub-folders that could not be listed (permissions): reported, not fatal. */
  unreadable: string[];
}

/** Why the root cannot be imported, in words for the operator; thrown by walkTree. */
export class ImportSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportSourceError";
  }
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function resolveRoot(input: string): Promise<string> {
  const abs = path.resolve(input);
  const info = await stat(abs).catch((e: NodeJS.ErrnoException) => {
    const why =
      e.code === "ENOENT"
        ? "does not exist"
        : e.code === "EACCES"
          ? "cannot be read (permission denied)"
          : `cannot be read (${e.code ?? e.message})`;
    throw new ImportSourceError(`${input} ${why}`);
  });
  if (!info.isDirectory())
    throw new ImportSourceError(
      `${input} is not a folder (give the folder that holds the DICOMDIR or the DICOM files)`,
    );
  return realpath(abs);
}

export async function walkTree(input: string): Promise<WalkedTree> {
  const root = await resolveRoot(input);
  const byKind: WalkedTree["byKind"] = { dicomdir: [], dicom: [], jpg: [], pdf: [], csv: [], ignored: [] };
  const symlinks: string[] = [];
  const unreadable: string[] = [];

  async function visit(dirRel: string): Promise<void> {
    const abs = dirRel ? path.join(root, dirRel) : root;
    let dir;
    try {
      dir = await opendir(abs);
    } catch (e) {
      if (!dirRel)
        throw new ImportSourceError(`${input} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      unreadable.push(dirRel);
      return;
    }
    const entries: { name: string; dir: boolean; link: boolean; file: boolean }[] = [];
    for await (const d of dir) {
      let e = { name: d.name, dir: d.isDirectory(), link: d.isSymbolicLink(), file: d.isFile() };
      if (
        !e.dir &&
        !e.link &&
        !e.file &&
        !d.isFIFO() &&
        !d.isSocket() &&
        !d.isBlockDevice() &&
        !d.isCharacterDevice()
      ) {
        // Some file systems do not report entry types in directory listings: ask for this one.
        const s = await lstat(path.join(abs, d.name)).catch(() => null);
        if (s) e = { name: d.name, dir: s.isDirectory(), link: s.isSymbolicLink(), file: s.isFile() };
      }
      entries.push(e);
    }
    entries.sort((a, b) => byteOrder(a.name, b.name));
    for (const e of entries) {
      const rel = dirRel ? `${dirRel}/${e.name}` : e.name;
      if (e.link) symlinks.push(rel);
      else if (e.dir) await visit(rel);
      else if (e.file) byKind[classifyFile(e.name)].push(rel);
    }
  }

  await visit("");
  return { root, byKind, symlinks, unreadable };
}
