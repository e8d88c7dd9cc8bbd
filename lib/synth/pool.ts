// Spreads studies over worker threads (rendering is CPU-bound); falls back to in-process when workers can't load TS.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { produceStudy, type ProduceOptions, type Produced } from "./produce";
import type { Job } from "./worker";

type Message =
  { type: "image"; bytes: number } | { type: "done"; result: Produced } | { type: "error"; message: string };

/** Worker bootstrap: workers need tsx's CommonJS hook to load worker.ts; null when tsx is not resolvable. */
function bootstrap(): string | null {
  try {
    const here = fileURLToPath(import.meta.url);
    const tsx = createRequire(here).resolve("tsx/cjs");
    const entry = here.replace(/pool\.(ts|js)$/, "worker.$1");
    return `require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`;
  } catch {
    return null;
  }
}

/** Produces studies 1..n; results come back in study order whatever the order they finish in. */
export async function produceAll(
  outDir: string,
  n: number,
  o: ProduceOptions,
  workers: number,
  onImage?: (bytes: number) => void,
): Promise<Produced[]> {
  const code = workers > 1 && n > 1 ? bootstrap() : null;
  const results: Produced[] = new Array(n);
  if (!code) {
    for (let k = 1; k <= n; k++) results[k - 1] = await produceStudy(outDir, k, o, onImage);
    return results;
  }
  let next = 1;
  const threads = Array.from({ length: Math.min(workers, n) }, () => new Worker(code, { eval: true }));
  try {
    await Promise.all(
      threads.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next > n) return resolve();
              const job: Job = { outDir, k: next++, options: o };
              w.postMessage(job);
            };
            w.on("message", (m: Message) => {
              if (m.type === "image") onImage?.(m.bytes);
              else if (m.type === "done") {
                results[m.result.k - 1] = m.result;
                send();
              } else reject(new Error(m.message));
            });
            w.on("error", reject);
            w.on("exit", (c) => (c !== 0 ? reject(new Error(`worker exited with code ${c}`)) : undefined));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
  return results;
}
