// inspectInOrder: verdicts come out in the planned order (across chunks of 16 and several in flight on worker
// threads), with the known identifiers applied, and stopping early shuts the inspector down.
import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { inspectFile } from "./inspect-file";
import { inspectInOrder } from "./inspect-in-order";
import { inspectFolder, KNOWN } from "./test-utils/inspect-folder";
import type { Inspected } from "./types";

// 40 files: three chunks of 16, 16 and 8.
const folder = inspectFolder(40);
afterAll(() => fs.rmSync(folder.root, { recursive: true, force: true }));

async function collect(gen: AsyncGenerator<Inspected>): Promise<Inspected[]> {
  const out: Inspected[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe("inspectInOrder", () => {
  // A planned order that is not the folder's: reversed, with a missing file in the middle.
  const order = [...folder.rels.slice(0, 20).reverse(), "gone/IM1", ...folder.rels.slice(20)];

  it("yields one verdict per planned file, in the planned order, on worker threads", async () => {
    const got = await collect(inspectInOrder(folder.root, order, 2, KNOWN));
    expect(got.map((r) => r.rel)).toEqual(order);
    expect(got).toEqual(await Promise.all(order.map((rel) => inspectFile(folder.root, rel, KNOWN))));
    expect(got[20]).toMatchObject({ kind: "rejected", rel: "gone/IM1" });
  });

  it("yields the same inline", async () => {
    const got = await collect(inspectInOrder(folder.root, order, 0));
    expect(got).toEqual(await Promise.all(order.map((rel) => inspectFile(folder.root, rel))));
  });

  it("yields nothing for an empty plan", async () => {
    expect(await collect(inspectInOrder(folder.root, [], 1))).toEqual([]);
  });

  it("stops cleanly when the caller stops early, with chunks still in flight", async () => {
    const seen: string[] = [];
    for await (const r of inspectInOrder(folder.root, order, 2)) {
      seen.push(r.rel);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(order.slice(0, 3));
  });
});
