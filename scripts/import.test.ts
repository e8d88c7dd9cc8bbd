// The import CLI end to end: exit codes, the --json last line, and plain-words failures (bad path, unmigrated
// database). Runs against a scratch database (SQLite, or PostgreSQL with TEST_DATABASE_URL).
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../lib/testing/scratch-db";
import { makeFolder, studyUid, tempDir } from "../lib/importer/test-utils/make-folder";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");

async function cli(args: string[], databaseUrl: string) {
  try {
    const r = await run(TSX, ["scripts/import.ts", ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      maxBuffer: 1 << 24,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let scratch: ScratchDb;
let root: string;
beforeAll(async () => {
  scratch = await createScratchDb();
  root = tempDir();
  makeFolder(root, {
    studies: [[2], [1]],
    dicomdir: true,
    jpg: true,
    csv: true,
    overrides: { "2/1/1": { PatientName: "DOE^JANE" } },
  });
});
afterAll(async () => {
  await scratch?.cleanup();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("npm run import", () => {
  it("prints the report as one JSON object on the last line of stdout and exits 0", async () => {
    const r = await cli([root, "--sample", "--json", "--dataset", "cli-test"], scratch.url);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
    expect(Object.keys(report).slice(0, 6)).toEqual([
      "studies",
      "series",
      "instances",
      "rejected",
      "unpublished",
      "seconds",
    ]);
    expect(report).toMatchObject({ studies: 2, series: 2, instances: 3, rejected: [] });
    expect(report.unpublished).toEqual([
      { study: studyUid(2), reasons: ["PatientName (0010,0010) in 1 file(s): ST000002/SE000001/IM000001"] },
    ]);
    expect(typeof report.seconds).toBe("number");
  }, 60_000);

  it("prints a human summary without --json; a re-run writes nothing", async () => {
    const r = await cli([root, "--dataset", "cli-test"], scratch.url);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 studies, 2 series, 3 instances/);
    expect(r.stdout).toMatch(/new rows: 0 studies, 0 series, 0 instances/);
  }, 60_000);

  it("exits 1 with a clear message for a path that does not exist", async () => {
    const r = await cli(["/nonexistent/pack", "--json"], scratch.url);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe("import: /nonexistent/pack does not exist");
    expect(r.stdout).toBe("");
  }, 60_000);

  it("exits 1 with a clear message when the database is not migrated", async () => {
    const empty = path.join(tempDir(), "empty.db");
    const r = await cli([root], `file:${empty}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^import: the database is not migrated .*npm run db:deploy/);
    fs.rmSync(path.dirname(empty), { recursive: true, force: true });
  }, 60_000);

  it("exits 2 on bad usage", async () => {
    const r = await cli([], scratch.url);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing <folder>/);
  }, 60_000);
});
