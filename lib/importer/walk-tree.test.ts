// walkTree and resolveRoot on real temp folders: byte order of names, depth first; files sorted by kind; symbolic
// links listed and never followed; unlistable sub-folders reported; a root that cannot be imported refused in words.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "./test-utils/make-folder";
import { ImportSourceError, resolveRoot, walkTree } from "./walk-tree";

const dirs: string[] = [];
const folder = (files: string[] = []) => {
  const d = tempDir("walk-test-");
  dirs.push(d);
  for (const f of files) {
    fs.mkdirSync(path.join(d, path.dirname(f)), { recursive: true });
    fs.writeFileSync(path.join(d, f), f);
  }
  return d;
};
afterAll(() => {
  for (const d of dirs) {
    fs.chmodSync(d, 0o700);
    fs.rmSync(d, { recursive: true, force: true });
  }
});

describe("walkTree", () => {
  it("lists files depth first in byte order of names, whatever order they were created in", async () => {
    const root = folder(["b.dcm", "a/z.dcm", "a0.dcm", "A.dcm", "a/b/c.dcm", "a/b/10", "a/b/9", "_x"]);
    const t = await walkTree(root);
    // "A" (0x41) < "_" (0x5f) < "a" (0x61); "a" < "a0.dcm" (prefix first); "10" < "9" (bytes, not numbers).
    expect(t.byKind.dicom).toEqual(["A.dcm", "_x", "a/b/10", "a/b/9", "a/b/c.dcm", "a/z.dcm", "a0.dcm", "b.dcm"]);
    expect(t.root).toBe(fs.realpathSync(root));
    expect(t.symlinks).toEqual([]);
    expect(t.unreadable).toEqual([]);
  });

  it("sorts files by kind from their names", async () => {
    const root = folder([
      "DICOMDIR",
      "ST1/SE1/IM1",
      "ST1/SE1/IM1.jpg",
      "ST1/report.pdf",
      "conditions.csv",
      "README.txt",
      ".DS_Store",
      "ST1/SE1/._IM1",
    ]);
    const t = await walkTree(root);
    expect(t.byKind).toEqual({
      dicomdir: ["DICOMDIR"],
      dicom: ["ST1/SE1/IM1"],
      jpg: ["ST1/SE1/IM1.jpg"],
      pdf: ["ST1/report.pdf"],
      csv: ["conditions.csv"],
      ignored: [".DS_Store", "README.txt", "ST1/SE1/._IM1"],
    });
  });

  it("lists symbolic links without following them, to folders or files, inside or outside the root", async () => {
    const outside = folder(["secret/IM1", "IM2"]);
    const root = folder(["ST1/IM1"]);
    fs.symlinkSync(path.join(outside, "secret"), path.join(root, "ST1", "linked-dir"));
    fs.symlinkSync(path.join(outside, "IM2"), path.join(root, "linked-file"));
    fs.symlinkSync(path.join(root, "ST1"), path.join(root, "loop"));
    fs.symlinkSync(path.join(root, "nowhere"), path.join(root, "dangling"));
    const t = await walkTree(root);
    expect(t.byKind.dicom).toEqual(["ST1/IM1"]);
    expect(t.symlinks).toEqual(["ST1/linked-dir", "dangling", "linked-file", "loop"]);
  });

  it("skips entries that are neither files, folders nor links (a FIFO)", async ({ skip }) => {
    const root = folder(["IM1"]);
    const made = spawnSync("mkfifo", [path.join(root, "pipe")]);
    if (made.status !== 0) skip(); // no mkfifo here
    const t = await walkTree(root);
    expect(Object.values(t.byKind).flat()).toEqual(["IM1"]);
  });

  it("reports a sub-folder it cannot list and goes on with the rest", async ({ skip }) => {
    const root = folder(["a/IM1", "locked/IM2", "z/IM3"]);
    const locked = path.join(root, "locked");
    fs.chmodSync(locked, 0o000);
    try {
      const listable = (() => {
        try {
          fs.readdirSync(locked);
          return true;
        } catch {
          return false;
        }
      })();
      if (listable) skip(); // running as root: permissions do not stop it
      const t = await walkTree(root);
      expect(t.unreadable).toEqual(["locked"]);
      expect(t.byKind.dicom).toEqual(["a/IM1", "z/IM3"]);
    } finally {
      fs.chmodSync(locked, 0o700);
    }
  });

  it("takes the real path of a root given through a link or as a relative path", async () => {
    const root = folder(["IM1"]);
    const link = path.join(folder(), "via-link");
    fs.symlinkSync(root, link);
    expect((await walkTree(link)).root).toBe(fs.realpathSync(root));
    expect((await walkTree(link)).byKind.dicom).toEqual(["IM1"]);
    const relative = path.relative(process.cwd(), root);
    expect(await resolveRoot(relative)).toBe(fs.realpathSync(root));
  });
});

describe("resolveRoot", () => {
  it("refuses a missing path, and a file, saying why in words", async () => {
    const missing = path.join(os.tmpdir(), `no-such-import-${process.pid}`);
    await expect(resolveRoot(missing)).rejects.toThrow(new ImportSourceError(`${missing} does not exist`));
    const file = path.join(folder(["IM1"]), "IM1");
    const err = await walkTree(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportSourceError);
    expect((err as Error).message).toBe(
      `${file} is not a folder (give the folder that holds the DICOMDIR or the DICOM files)`,
    );
  });
});
