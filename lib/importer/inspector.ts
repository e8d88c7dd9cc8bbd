// Runs inspectFile over chunks of files, on worker threads (hashing and parsing are CPU-bound; two cores here) or
// inline. Chunks go to whichever worker is idle; results come back per chunk, so callers can keep them in order.
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { inspectFile } from "./inspect-file";
import type { InspectRequest, InspectResponse } from "./inspect-worker";
import type { Inspected } from "./types";

export interface Inspector {
  inspect(rels: string[]): Promise<Inspected[]>;
  close(): Promise<void>;
}

export const defaultWorkers = () => Math.min(4, Math.max(1, os.availableParallelism?.() ?? os.cpus().length));

export function createInspector(root: string, workers: number, known: string[] = []): Inspector {
  if (workers <= 0) {
    return {
      async inspect(rels) {
        const out: Inspected[] = [];
        for (const rel of rels) out.push(await inspectFile(root, rel, known));
        return out;
      },
      async close() {},
    };
  }
  return createPool(root, workers, known);
}

interface Task {
  req: InspectRequest;
  resolve(results: Inspected[]): void;
  reject(err: Error): void;
}

function createPool(root: string, size: number, known: string[]): Inspector {
  const boot = path.join(__dirname, "worker-boot.cjs");
  const entry = path.join(__dirname, `inspect-worker${path.extname(__filename)}`);
  const queue: Task[] = [];
  const busy = new Map<Worker, Task>();
  const idle: Worker[] = [];
  let failed: Error | null = null;
  let nextId = 0;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const task = queue.shift()!;
      busy.set(worker, task);
      worker.postMessage(task.req);
    }
  };
  const fail = (err: Error) => {
    failed ??= err;
    for (const task of [...busy.values(), ...queue.splice(0)]) task.reject(err);
    busy.clear();
  };

  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(boot, { workerData: { entry } });
    worker.on("message", (msg: InspectResponse) => {
      const task = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      task?.resolve(msg.results);
      dispatch();
    });
    worker.on("error", (err) => fail(new Error(`inspect worker failed: ${err.message}`)));
    worker.on("exit", (code) => code !== 0 && fail(new Error(`inspect worker exited with code ${code}`)));
    idle.push(worker);
    return worker;
  });

  return {
    inspect(rels) {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        queue.push({ req: { id: nextId++, root, rels, known }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      failed ??= new Error("inspector closed");
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
