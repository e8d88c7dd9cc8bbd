// The worker thread entry, run in a real worker (through tsx's CommonJS hook, as pool.ts starts it): it answers each
// job with one "image" message per image and a "done" with what produceStudy returns, or an "error" with the stack.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { produceStudy, reportPath } from "./produce";
import type { Job } from "./worker";

const here = fileURLToPath(import.meta.url);
const entry = path.join(path.dirname(here), "worker.ts");
const tsx = createRequire(here).resolve("tsx/cjs");
const tmp = mkdtempSync(path.join(os.tmpdir(), "synth-worker-"));
const options = { seed: "worker-test", sagMatrix: 16, traMatrix: 16, sagSlices: 1, traPerDisc: 1 };
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Message =
  { type: "image"; bytes: number } | { type: "done"; result: unknown } | { type: "error"; message: string };

/** Posts the jobs one after another and collects every message until each has a done or an error. */
async function run(jobs: Job[]): Promise<Message[]> {
  const w = new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`, { eval: true });
  const messages: Message[] = [];
  try {
    for (const job of jobs) {
      await new Promise<void>((resolve, reject) => {
        const onMessage = (m: Message) => {
          messages.push(m);
          if (m.type !== "image") {
            w.off("message", onMessage);
            resolve();
          }
        };
        w.on("message", onMessage);
        w.once("error", reject);
        w.postMessage(job);
      });
    }
  } finally {
    await w.terminate();
  }
  return messages;
}

describe("worker", () => {
  it("answers each job with its images and then the study's result, as produceStudy gives it in process", async () => {
    const messages = await run([
      { outDir: path.join(tmp, "w"), k: 1, options },
      { outDir: path.join(tmp, "w"), k: 2, options },
    ]);
    const local = path.join(tmp, "local");
    const expected = [await produceStudy(local, 1, options), await produceStudy(local, 2, options)];
    // 1 sagittal + 5 axial images per study, then done.
    const kinds = messages.map((m) => m.type);
    expect(kinds).toEqual([...Array(6).fill("image"), "done", ...Array(6).fill("image"), "done"]);
    const done = messages.filter((m) => m.type === "done").map((m) => m.result);
    expect(done).toStrictEqual(expected);
    // The image sizes add up to the study's bytes less its report.
    const first = messages.slice(0, 6).reduce((s, m) => s + (m.type === "image" ? m.bytes : 0), 0);
    expect(first).toBe(expected[0]!.bytes - statSync(reportPath(path.join(tmp, "w"), 1)).size);
  }, 60_000);

  it("reports a failing job as an error message with the stack, and keeps serving", async () => {
    const blocked = path.join(tmp, "blocked");
    writeFileSync(blocked, "not a directory");
    const messages = await run([
      { outDir: blocked, k: 1, options },
      { outDir: path.join(tmp, "after"), k: 3, options },
    ]);
    const error = messages.find((m) => m.type === "error");
    expect(error?.type === "error" && error.message).toMatch(/^Error: ENOTDIR[^\n]*\n\s+at /);
    expect(messages[messages.length - 1]).toMatchObject({ type: "done", result: { k: 3 } });
  }, 60_000);
});
