// Manifests stream: the text is produced a page at a time as the reader asks for it, so a reader that stops early
// (a client that goes away) stops the cursor - it is never run to the end, and the full list never exists at once.
import { describe, expect, it } from "vitest";
import { Prisma } from "../../generated/sqlite/client";
import type { ScopedStudy } from "./licence-scope";
import { manifestLines, parseManifestQuery } from "./manifest";

const study = (i: number): ScopedStudy => ({
  id: i,
  studyInstanceUid: `1.2.${i}`,
  objectKey: `s/${i}.zip`,
  sha256: i.toString(16).padStart(64, "0"),
  sizeBytes: BigInt(i),
  addedIn: 1,
  synthetic: true,
});
const scope = { licenceId: "L", datasetId: "D", version: 3, where: Prisma.sql`1 = 1` };

function pages(total: number, size: number) {
  const pulled = { pages: 0 };
  async function* gen() {
    for (let start = 1; start <= total; start += size) {
      pulled.pages++;
      yield Array.from({ length: Math.min(size, total - start + 1) }, (_, k) => study(start + k));
    }
  }
  return { pulled, gen: gen() };
}

describe("manifest streaming", () => {
  it("pulls one page per chunk and stops pulling when the reader stops", async () => {
    const { pulled, gen } = pages(2_400_000, 1000);
    const q = parseManifestQuery({ format: "aria2" });
    if (!q.ok) throw new Error(q.problem);
    const it = manifestLines(q.query, { id: "L", number: "L-1" }, scope, null, gen, (u) => `http://x/${u}.zip`);
    const header = await it.next();
    expect(header.value).toMatch(/^# Licence L-1, catalogue version 3/);
    // A page goes out 100 studies at a time; the next page is read only when its first chunk is asked for.
    for (let i = 0; i < 10; i++) {
      const chunk = await it.next();
      expect(chunk.value.split("\n").filter((l: string) => l.startsWith("http"))).toHaveLength(100);
    }
    expect(pulled.pages).toBe(1);
    await it.next();
    expect(pulled.pages).toBe(2);
    await it.return(undefined);
    expect(pulled.pages).toBe(2);
  });

  it("JSON stays valid across pages, with the part and since in its head", async () => {
    const { gen } = pages(25, 10);
    const q = parseManifestQuery({ format: "json", since: "2", part: "2", parts: "4" });
    if (!q.ok) throw new Error(q.problem);
    let text = "";
    for await (const c of manifestLines(q.query, { id: "L", number: "L-1" }, scope, 2, gen, (u) => `http://x/${u}.zip`))
      text += c;
    const j = JSON.parse(text) as {
      part: number;
      parts: number;
      sinceVersion: number;
      studies: { studyInstanceUid: string; sizeBytes: string }[];
    };
    expect(j).toMatchObject({ part: 2, parts: 4, sinceVersion: 2 });
    expect(j.studies).toHaveLength(25);
    expect(j.studies[24]).toMatchObject({ studyInstanceUid: "1.2.25", sizeBytes: "25" });
    expect(j).toMatchObject({ studyCount: 25 });
  });

  it("an aria2c input file ends by saying how many studies it listed, so a cut one shows", async () => {
    const { gen } = pages(2_500, 1000);
    const q = parseManifestQuery({ format: "aria2" });
    if (!q.ok) throw new Error(q.problem);
    const chunks: string[] = [];
    for await (const c of manifestLines(
      q.query,
      { id: "L", number: "L-1" },
      scope,
      null,
      gen,
      (u) => `http://x/${u}.zip`,
    ))
      chunks.push(c);
    const text = chunks.join("");
    expect(text.match(/checksum=sha-256=/g)).toHaveLength(2_500);
    expect(text.endsWith("# End of manifest: 2500 studies.\n")).toBe(true);
    // Cut after any page but the last: no such line.
    expect(chunks.slice(0, -2).join("")).not.toMatch(/# End of manifest/);
  });

  it("refuses a part outside 1..parts and too many parts", () => {
    expect(parseManifestQuery({ format: "urls", part: "0", parts: "2" })).toMatchObject({ ok: false });
    expect(parseManifestQuery({ format: "urls", parts: "1001" })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/1 to 1000/),
    });
    expect(parseManifestQuery({ format: "urls", since: "last" })).toMatchObject({
      ok: true,
      query: { since: "last", part: 1, parts: 1 },
    });
  });
});
