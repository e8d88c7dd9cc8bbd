// The manifest's own parts: the query it accepts (and the clear refusals), "since my last download", and the exact
// text of each format. The route as a whole (access, tokens, parts over real HTTP) is in licensed.test.ts; paging
// and early stop in manifest-stream.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/sqlite/client";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import type { ScopedStudy } from "./licence-scope";
import { manifestLines, MAX_PARTS, parseManifestQuery, versionAtLastDownload, type ParsedQuery } from "./manifest";

describe("parseManifestQuery", () => {
  it("defaults to the whole list in one part with no 'since'", () => {
    expect(parseManifestQuery({ format: "urls" })).toEqual({
      ok: true,
      query: { format: "urls", since: null, part: 1, parts: 1 },
    });
    expect(parseManifestQuery({ format: "json", since: "", part: "", parts: null })).toMatchObject({
      query: { since: null, part: 1, parts: 1 },
    });
  });

  it("reads a version number or 'last', and part/parts up to MAX_PARTS", () => {
    expect(parseManifestQuery({ format: "aria2", since: "0", part: "3", parts: "3" })).toMatchObject({
      query: { since: 0, part: 3, parts: 3 },
    });
    expect(parseManifestQuery({ format: "sha256", since: "last" })).toMatchObject({ query: { since: "last" } });
    expect(parseManifestQuery({ format: "urls", part: String(MAX_PARTS), parts: String(MAX_PARTS) }).ok).toBe(true);
  });

  it.each([
    [{ format: "zip" }, "format must be one of aria2, urls, sha256, json"],
    [{ format: "URLS" }, "format must be one of"],
    [{ format: "urls", since: "yesterday" }, "since must be a catalogue version number"],
    [{ format: "urls", since: "-1" }, "since must be"],
    [{ format: "urls", since: "1.5" }, "since must be"],
    [{ format: "urls", since: "1234567890" }, "since must be"],
    [{ format: "urls", parts: "0" }, "parts must be a whole number from 1 to 1000"],
    [{ format: "urls", parts: String(MAX_PARTS + 1) }, "parts must be"],
    [{ format: "urls", parts: "2x" }, "parts must be"],
    [{ format: "urls", part: "0", parts: "3" }, "part must be a whole number from 1 to parts (3)"],
    [{ format: "urls", part: "4", parts: "3" }, "part must be"],
    [{ format: "urls", part: "2" }, "part must be a whole number from 1 to parts (1)"],
  ])("refuses %j: %s", (q, problem) => {
    const r = parseManifestQuery(q);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toContain(problem);
  });
});

describe("manifestLines", () => {
  const study = (i: number, addedIn = 1): ScopedStudy => ({
    id: i,
    studyInstanceUid: `1.2.${i}`,
    objectKey: `s/${i}.zip`,
    sha256: String(i).repeat(64).slice(0, 64),
    sizeBytes: BigInt(i) * 10_000_000_000n,
    addedIn,
    synthetic: false,
  });
  const scope = { licenceId: "L1", datasetId: "D", version: 4, where: Prisma.sql`1 = 1` };
  const licence = { id: "L1", number: "LIC-7" };
  async function* pages(...ps: ScopedStudy[][]) {
    for (const p of ps) yield p;
  }
  const text = async (q: Partial<ParsedQuery>, since: number | null, ...ps: ScopedStudy[][]) => {
    const query: ParsedQuery = { format: "urls", since: null, part: 1, parts: 1, ...q };
    let out = "";
    for await (const chunk of manifestLines(query, licence, scope, since, pages(...ps), (u) => `https://x/${u}.zip`))
      out += chunk;
    return out;
  };

  it("urls: one link per line, nothing else", async () => {
    expect(await text({ format: "urls" }, null, [study(1), study(2)], [study(3)])).toBe(
      "https://x/1.2.1.zip\nhttps://x/1.2.2.zip\nhttps://x/1.2.3.zip\n",
    );
  });

  it("sha256: the sha256sum -c format (hash, two spaces, file name)", async () => {
    expect(await text({ format: "sha256" }, null, [study(1)])).toBe(`${"1".repeat(64)}  1.2.1.zip\n`);
  });

  it("aria2: a header naming licence, version, since and part; each file's name and checksum; a closing count", async () => {
    const t = await text({ format: "aria2", part: 2, parts: 3 }, 2, [study(1), study(2)]);
    const lines = t.split("\n");
    expect(lines[0]).toBe("# Licence LIC-7, catalogue version 4, studies added after version 2, part 2 of 3.");
    expect(lines.slice(2, 5)).toEqual([
      "https://x/1.2.1.zip",
      "  out=1.2.1.zip",
      `  checksum=sha-256=${"1".repeat(64)}`,
    ]);
    expect(t.endsWith("# End of manifest: 2 studies.\n")).toBe(true);
  });

  it("json: valid with no studies, and with several pages; sizes as strings (beyond 2^53 safe)", async () => {
    expect(JSON.parse(await text({ format: "json" }, null))).toEqual({
      licence: { id: "L1", number: "LIC-7" },
      catalogueVersion: 4,
      sinceVersion: null,
      part: 1,
      parts: 1,
      studies: [],
      studyCount: 0,
    });
    const big = { ...study(9), sizeBytes: 2n ** 60n };
    const j = JSON.parse(await text({ format: "json" }, 0, [study(1, 2)], [], [big])) as {
      sinceVersion: number;
      studies: { studyInstanceUid: string; file: string; url: string; sizeBytes: string; addedIn: number }[];
      studyCount: number;
    };
    expect(j.sinceVersion).toBe(0);
    expect(j.studyCount).toBe(2);
    expect(j.studies[0]).toEqual({
      studyInstanceUid: "1.2.1",
      file: "1.2.1.zip",
      url: "https://x/1.2.1.zip",
      sizeBytes: "10000000000",
      sha256: "1".repeat(64),
      addedIn: 2,
    });
    expect(j.studies[1]!.sizeBytes).toBe((2n ** 60n).toString());
  });
});

describe("versionAtLastDownload", () => {
  let scratch: ScratchDb;
  let datasetId: string;
  beforeAll(async () => {
    scratch = await createScratchDb();
    datasetId = (await scratch.db.dataset.create({ data: { slug: "manifest-since", title: "T" } })).id;
    for (const [number, iso] of [
      [1, "2026-01-01T00:00:00Z"],
      [2, "2026-02-01T00:00:00Z"],
      [3, "2026-03-01T00:00:00Z"],
    ] as const)
      await scratch.db.catalogueVersion.create({
        data: {
          datasetId,
          number,
          source: "t",
          studies: 1,
          added: 1,
          removed: 0,
          sizeBytes: 1n,
          createdAt: new Date(iso),
        },
      });
  });
  afterAll(async () => {
    await scratch?.cleanup();
  });
  const download = (licenceId: string, status: number, iso: string) =>
    scratch.db.downloadEvent.create({
      data: { licenceId, objectKey: "k", status, startedAt: new Date(iso) },
    });

  it("is 0 when the licence has not downloaded anything (or only refused / not-modified answers)", async () => {
    expect(await versionAtLastDownload(scratch.db, "none", datasetId)).toBe(0);
    await download("refused", 403, "2026-04-01T00:00:00Z");
    await download("refused", 304, "2026-04-01T00:00:00Z");
    await download("refused", 416, "2026-04-01T00:00:00Z");
    expect(await versionAtLastDownload(scratch.db, "refused", datasetId)).toBe(0);
  });

  it("is the newest version published at or before the latest successful download", async () => {
    await download("L", 200, "2026-01-15T00:00:00Z");
    await download("L", 302, "2026-02-01T00:00:00Z"); // the instant version 2 was published
    await download("L", 403, "2026-03-15T00:00:00Z"); // refused: does not count
    expect(await versionAtLastDownload(scratch.db, "L", datasetId)).toBe(2);
    await download("L", 206, "2026-05-01T00:00:00Z");
    expect(await versionAtLastDownload(scratch.db, "L", datasetId)).toBe(3);
  });

  it("is 0 when the download came before the first version, and keeps to its own dataset", async () => {
    await download("early", 200, "2025-12-01T00:00:00Z");
    expect(await versionAtLastDownload(scratch.db, "early", datasetId)).toBe(0);
    expect(await versionAtLastDownload(scratch.db, "L", "another-dataset")).toBe(0);
  });
});
