// Feeds the files to the inspector in chunks, keeping several chunks in flight so the workers stay busy while the
// caller writes to the database, and yields the verdicts in the planned order (so runs are deterministic).
import { createInspector } from "./inspector";
import type { Inspected } from "./types";

const FILES_PER_CHUNK = 16;

export async function* inspectInOrder(
  root: string,
  order: string[],
  workers: number,
  known: string[] = [],
): AsyncGenerator<Inspected> {
  const inspector = createInspector(root, workers, known);
  const inFlight: Promise<Inspected[]>[] = [];
  const maxInFlight = Math.max(2, workers * 4);
  let next = 0;
  const fill = () => {
    while (next < order.length && inFlight.length < maxInFlight) {
      const p = inspector.inspect(order.slice(next, next + FILES_PER_CHUNK));
      next += FILES_PER_CHUNK;
      p.catch(() => undefined); // awaited in turn below; this only avoids an unhandled rejection while it waits
      inFlight.push(p);
    }
  };
  try {
    fill();
    while (inFlight.length > 0) {
      const results = await inFlight.shift()!;
      fill();
      yield* results;
    }
  } finally {
    await inspector.close(); // also runs when the caller stops early (abort, database error)
  }
}
