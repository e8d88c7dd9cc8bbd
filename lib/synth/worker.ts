// Worker thread entry: produces the studies it is sent and reports each image written (see pool.ts).
import { parentPort } from "node:worker_threads";
import { produceStudy, type ProduceOptions } from "./produce";

export interface Job {
  outDir: string;
  k: number;
  options: ProduceOptions;
}

const port = parentPort;
if (port) {
  port.on("message", (job: Job) => {
    produceStudy(job.outDir, job.k, job.options, (bytes) => port.postMessage({ type: "image", bytes }))
      .then((result) => port.postMessage({ type: "done", result }))
      .catch((err: unknown) =>
        port.postMessage({ type: "error", message: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
      );
  });
}
