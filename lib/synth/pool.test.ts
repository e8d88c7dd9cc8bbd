// Studies spread over real worker threads: the same files and results as the in-process path, in study order, every
// image reported, and a failing study rejecting the whole run.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { produceAll } from "./pool";
import type { Produced } from "./produce";
import { listFiles } from "./test-utils/helpers";

const tmp = mkdtempSync(path.join(os.tmpdir(), "synth-pool-"));
const options = { seed: "pool-test", sagMatrix: 16, traMatrix: 16, sagSlices: 2, traPerDisc: 1 };
const inProcess = path.join(tmp, "one");
const threaded = path.join(tmp, "two");
let a: Produced[];
let b: Produced[];
const imagesA: number[] = [];
const imagesB: number[] = [];

beforeAll(async () => {
  a = await produceAll(inProcess, 3, options, 1, (n) => imagesA.push(n));
  b = await produceAll(threaded, 3, options, 2, (n) => imagesB.push(n));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const hash = (dir: string, f: string) =>
  createHash("sha256")
    .update(readFileSync(path.join(dir, f)))
    .digest("hex");

describe("produceAll", () => {
  it("returns studies 1..n in order, in process and from worker threads alike", () => {
    expect(a.map((r) => r.k)).toEqual([1, 2, 3]);
    expect(b).toStrictEqual(a);
  });

  it("worker threads write the same files, byte for byte", () => {
    const files = listFiles(inProcess);
    expect(files.length).toBe(3 * (7 * 2 + 1));
    expect(listFiles(threaded)).toEqual(files);
    for (const f of files) expect(hash(threaded, f), f).toBe(hash(inProcess, f));
  });

  it("reports every image from the workers as from the main thread", () => {
    expect(imagesA).toHaveLength(21);
    expect(imagesB).toHaveLength(21);
    expect([...imagesB].sort((x, y) => x - y)).toEqual([...imagesA].sort((x, y) => x - y));
  });

  it("rejects when a study fails, in process and in a worker", async () => {
    const blocked = path.join(tmp, "blocked");
    writeFileSync(blocked, "a file where the pack directory should be");
    // In process: the file system's own error.
    await expect(produceAll(blocked, 2, options, 1)).rejects.toMatchObject({ code: "ENOTDIR" });
    // From a worker: a new Error carrying the worker's stack as its message, which shows a thread really ran it.
    const err = await produceAll(blocked, 2, options, 2).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error & { code?: string }).code).toBeUndefined();
    expect((err as Error).message).toMatch(/^Error: ENOTDIR: not a directory[^\n]*\n\s+at /);
  }, 60_000);
});
