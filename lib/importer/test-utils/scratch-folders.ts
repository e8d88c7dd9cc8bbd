// Test helper: one scratch database for a test file and the temp folders its tests write, all removed after the last
// test of the file.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";
import { tempDir } from "./make-folder";

export function scratchWithFolders() {
  let scratch: ScratchDb | undefined;
  const dirs: string[] = [];
  beforeAll(async () => {
    scratch = await createScratchDb();
  });
  afterAll(async () => {
    await scratch?.cleanup();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  return {
    get db(): ScratchDb["db"] {
      if (!scratch) throw new Error("the scratch database exists only while the file's tests run");
      return scratch.db;
    },
    /** A fresh temp folder holding `files` (path relative to it, then content). */
    folder(prefix: string, files: Record<string, string | Uint8Array> = {}): string {
      const root = tempDir(prefix);
      dirs.push(root);
      for (const [rel, body] of Object.entries(files)) {
        fs.mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
        fs.writeFileSync(path.join(root, rel), body);
      }
      return root;
    },
  };
}
