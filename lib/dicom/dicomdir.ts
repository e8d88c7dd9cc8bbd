// Reads a DICOMDIR from disk: walks its record tree and resolves each ReferencedFileID to a real path (case-insensitively), never throwing.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { walkDirectory, type DirectoryRecord } from "./dicomdir-walk";
import { parseDicomFile } from "./parse-file";

export type { DirectoryRecord } from "./dicomdir-walk";

export interface DicomdirResult {
  /** Root-level records (normally PATIENT), each with nested children. */
  records: DirectoryRecord[];
  /** Existing referenced files, absolute paths, in directory order, without duplicates. */
  files: string[];
  /** Everything wrong: bad offsets, cycles, misplaced records, missing files. Empty for a clean DICOMDIR. */
  problems: string[];
}

const isFile = async (p: string) => (await stat(p).catch(() => null))?.isFile() === true;

/** Finds `name` in `dir` exactly, then case-insensitively; caches directory listings. */
async function findEntry(dir: string, name: string, listings: Map<string, string[]>): Promise<string | null> {
  let entries = listings.get(dir);
  if (!entries) {
    entries = await readdir(dir).catch(() => [] as string[]);
    listings.set(dir, entries);
  }
  if (entries.includes(name)) return path.join(dir, name);
  const lower = name.toLowerCase();
  const hit = entries.find((e) => e.toLowerCase() === lower);
  return hit ? path.join(dir, hit) : null;
}

/** Resolves a ReferencedFileID under `base`; the last component may also carry a ".dcm" extension on disk. */
async function resolveFileId(base: string, fileId: string[], listings: Map<string, string[]>): Promise<string | null> {
  let dir = base;
  for (const [i, part] of fileId.entries()) {
    const last = i === fileId.length - 1;
    const found =
      (await findEntry(dir, part, listings)) ?? (last ? await findEntry(dir, `${part}.dcm`, listings) : null);
    if (!found) return null;
    dir = found;
  }
  return (await isFile(dir)) ? dir : null;
}

const unsafeComponent = (c: string) => c === "." || c === ".." || /[/\\:\0]/.test(c);

interface Ctx {
  base: string;
  out: DicomdirResult;
  listings: Map<string, string[]>;
  seen: Set<string>;
}

async function resolveAll(records: DirectoryRecord[], ctx: Ctx): Promise<void> {
  const { out } = ctx;
  for (const rec of records) {
    if (rec.fileId) {
      const shown = rec.fileId.join("/");
      if (rec.fileId.length === 0 || rec.fileId.some(unsafeComponent)) {
        out.problems.push(
          `${rec.type} record at offset ${rec.offset} has an unsafe Referenced File ID "${shown.slice(0, 80)}"`,
        );
      } else {
        const found = await resolveFileId(ctx.base, rec.fileId, ctx.listings);
        if (found) {
          rec.path = found;
          if (!ctx.seen.has(found)) out.files.push(found);
          ctx.seen.add(found);
        } else
          out.problems.push(`${rec.type} record at offset ${rec.offset} references ${shown}, which does not exist`);
      }
    }
    await resolveAll(rec.children, ctx);
  }
}

/** Walk a DICOMDIR file (any of LE/BE, explicit/implicit VR) and resolve its referenced files relative to its folder. */
export async function readDicomdir(dicomdirPath: string): Promise<DicomdirResult> {
  const out: DicomdirResult = { records: [], files: [], problems: [] };
  try {
    const bytes = await readFile(dicomdirPath).catch((err: NodeJS.ErrnoException) => {
      out.problems.push(`DICOMDIR cannot be read (${err.code ?? err.message})`);
      return null;
    });
    if (!bytes) return out;
    const parsed = parseDicomFile(bytes);
    if (!parsed.ok) {
      out.problems.push(`DICOMDIR cannot be parsed: ${parsed.reason}`);
      return out;
    }
    if (!parsed.summary.isDicomdir) {
      out.problems.push("file is not a DICOMDIR (no Media Storage Directory SOP class, no Directory Record Sequence)");
      return out;
    }
    const walk = walkDirectory(parsed.dataSet);
    out.records = walk.records;
    out.problems.push(...walk.problems);
    const base = path.dirname(path.resolve(dicomdirPath));
    await resolveAll(out.records, { base, out, listings: new Map(), seen: new Set() });
  } catch (err) {
    out.problems.push(
      `unexpected failure while reading the DICOMDIR: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return out;
}
