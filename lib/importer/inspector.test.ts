// createInspector: inline and on worker threads, each chunk's verdicts are inspectFile's for those files, in the
// chunk's order, with the known identifiers applied; a closed pool refuses further work.
import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { inspectFile } from "./inspect-file";
import { createInspector, defaultWorkers } from "./inspector";
import { inspectFolder, KNOWN } from "./test-utils/inspect-folder";
import type { Inspected } from "./types";

const folder = inspectFolder(6);
afterAll(() => fs.rmSync(folder.root, { recursive: true, force: true }));

const expected = (rels: string[], known: string[] = []) =>
  Promise.all(rels.map((rel) => inspectFile(folder.root, rel, known)));

const kindOf = (r: Inspected | undefined) => r?.kind;

describe("defaultWorkers", () => {
  it("is one per core, at least 1 and at most 4", () => {
    const n = defaultWorkers();
    expect(Number.isInteger(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(4);
  });
});

describe("createInspector", () => {
  it("inline (0 workers): inspectFile's verdicts in the order asked, known identifiers applied", async () => {
    const inspector = createInspector(folder.root, 0, KNOWN);
    const rels = folder.rels.slice().reverse();
    const got = await inspector.inspect(rels);
    expect(got).toEqual(await expected(rels, KNOWN));
    expect(got.map((r) => r.rel)).toEqual(rels);
    expect(kindOf(got[0])).toBe("rejected"); // the junk file, last in the folder
    await inspector.close();
  });

  it("the known identifiers change a verdict (so passing them on matters)", async () => {
    const [withKnown] = await expected([folder.named], KNOWN);
    const [without] = await expected([folder.named]);
    if (withKnown?.kind !== "instance" || without?.kind !== "instance") throw new Error("expected instances");
    expect(withKnown.phi).toContainEqual(expect.objectContaining({ keyword: "StudyDescription" }));
    expect(without.phi).toEqual([]);
  });

  it("on worker threads: every chunk resolves with its own files' verdicts, however many are in flight", async () => {
    const inspector = createInspector(folder.root, 2, KNOWN);
    try {
      const chunks = [folder.rels.slice(0, 2), folder.rels.slice(2, 5), [folder.junk, folder.named], []];
      const got = await Promise.all(chunks.map((c) => inspector.inspect(c)));
      for (const [i, chunk] of chunks.entries()) expect(got[i]).toEqual(await expected(chunk, KNOWN));
    } finally {
      await inspector.close();
    }
  });

  it("refuses work after close", async () => {
    const inspector = createInspector(folder.root, 1);
    await inspector.close();
    await expect(inspector.inspect([folder.named])).rejects.toThrow("inspector closed");
  });
});
