// The inspect worker's message contract, on a real worker thread started the way the pool starts it: each request
// is answered with its id and inspectFile's verdicts for its files, in order, requests in the order sent.
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { inspectFile } from "./inspect-file";
import type { InspectRequest, InspectResponse } from "./inspect-worker";
import { inspectFolder, KNOWN } from "./test-utils/inspect-folder";

const folder = inspectFolder(3);
afterAll(() => fs.rmSync(folder.root, { recursive: true, force: true }));

describe("inspect-worker", () => {
  it("answers each request with its id and the verdicts of its files, in order", async () => {
    const worker = new Worker(path.join(import.meta.dirname, "worker-boot.cjs"), {
      workerData: { entry: path.join(import.meta.dirname, "inspect-worker.ts") },
    });
    try {
      const requests: InspectRequest[] = [
        { id: 7, root: folder.root, rels: [folder.junk, folder.named], known: KNOWN },
        { id: 3, root: folder.root, rels: folder.rels.slice(1, 3), known: [] },
        { id: 9, root: folder.root, rels: ["does/not/exist"], known: [] },
      ];
      const answers = new Promise<InspectResponse[]>((resolve, reject) => {
        const got: InspectResponse[] = [];
        worker.on("message", (m: InspectResponse) => {
          got.push(m);
          if (got.length === requests.length) resolve(got);
        });
        worker.on("error", reject);
      });
      for (const r of requests) worker.postMessage(r);
      const got = await answers;
      const want = await Promise.all(
        requests.map(async (r) => ({
          id: r.id,
          results: await Promise.all(r.rels.map((rel) => inspectFile(r.root, rel, r.known))),
        })),
      );
      expect(got).toEqual(want);
      expect(got[0]!.results.map((x) => x.kind)).toEqual(["rejected", "instance"]);
      expect(got[2]!.results).toEqual([
        { kind: "rejected", rel: "does/not/exist", reason: "file disappeared while importing" },
      ]);
    } finally {
      await worker.terminate();
    }
  });
});
