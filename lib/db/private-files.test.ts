import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./create-client";
import { preparePrivateDir } from "./private-files.mjs";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "private-files-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe("data at rest", () => {
  it("creates the SQLite file 0600 in a 0700 folder, whatever the umask", async () => {
    const old = process.umask(0o000);
    try {
      const file = path.join(tmp, "fresh", "nested", "app.db");
      const db = createPrismaClient(`file:${file}`);
      await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
      await db.$executeRawUnsafe("CREATE TABLE t (x INTEGER)");
      await db.$disconnect();
      expect(mode(path.dirname(file))).toBe(0o700);
      expect(mode(path.join(tmp, "fresh"))).toBe(0o700);
      expect(mode(file)).toBe(0o600);
      for (const companion of ["-wal", "-shm"])
        if (fs.existsSync(file + companion)) expect(mode(file + companion)).toBe(0o600);
    } finally {
      process.umask(old);
    }
  });

  it("tightens a database file an older version left readable", () => {
    const file = path.join(tmp, "old.db");
    fs.writeFileSync(file, "", { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    createPrismaClient(`file:${file}`);
    expect(mode(file)).toBe(0o600);
  });

  it("makes the data folder private, also when it already existed", () => {
    const dir = path.join(tmp, "data");
    fs.mkdirSync(dir, { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    preparePrivateDir(dir);
    expect(mode(dir)).toBe(0o700);
    preparePrivateDir(path.join(tmp, "new-data"));
    expect(mode(path.join(tmp, "new-data"))).toBe(0o700);
  });
});
