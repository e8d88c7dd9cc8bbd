// Worker thread body: inspects the chunks of files the main thread sends, one chunk at a time, in order.
import { parentPort } from "node:worker_threads";
import { inspectFile } from "./inspect-file";
import type { Inspected } from "./types";

export interface InspectRequest {
  id: number;
  root: string;
  rels: string[];
  /** Identifiers known from the pack's DICOMDIR (see inspectBuffer). */
  known: string[];
}
export interface InspectResponse {
  id: number;
  results: Inspected[];
}

async function handle(req: InspectRequest): Promise<void> {
  const results: Inspected[] = [];
  for (const rel of req.rels) results.push(await inspectFile(req.root, rel, req.known));
  parentPort?.postMessage({ id: req.id, results } satisfies InspectResponse);
}

// Chained, so a second request waits for the first: an async listener alone would interleave them.
let last = Promise.resolve();
parentPort?.on("message", (req: InspectRequest) => {
  last = last.then(() => handle(req));
});
