// archiveEntries on a real scratch database: every DICOM file with its hash and size, its JPG, then the report, in
// byte order of names, each name once, only the study's own files, across more than one page of rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { archiveEntries } from "./archive-entries";

let scratch: ScratchDb;
let datasetId: string;
beforeAll(async () => {
  scratch = await createScratchDb();
  datasetId = (await scratch.db.dataset.create({ data: { slug: "archive-entries", title: "T" } })).id;
});
afterAll(async () => {
  await scratch?.cleanup();
});

let n = 0;
async function study(series: { files: { key: string; jpg?: string; sha?: string; size?: number }[] }[]) {
  n++;
  const s = await scratch.db.study.create({
    data: { datasetId, studyInstanceUid: `1.2.${n}`, storageRoot: "/srv/x" },
  });
  for (const [k, se] of series.entries()) {
    const row = await scratch.db.series.create({ data: { studyId: s.id, seriesInstanceUid: `1.2.${n}.${k}` } });
    await scratch.db.instance.createMany({
      data: se.files.map((f, i) => ({
        seriesId: row.id,
        sopInstanceUid: `1.2.${n}.${k}.${i}`,
        transferSyntaxUid: "1.2.840.10008.1.2.1",
        fileKey: f.key,
        jpgKey: f.jpg ?? null,
        sizeBytes: f.size ?? 10,
        sha256: f.sha ?? "a".repeat(64),
      })),
    });
  }
  return s.id;
}

describe("archiveEntries", () => {
  it("lists files with their hash and size, JPGs and the report without, sorted by name in byte order", async () => {
    const id = await study([
      {
        files: [
          { key: "ST1/SE2/IM2", jpg: "ST1/SE2/IM2.jpg", sha: "b".repeat(64), size: 20 },
          { key: "ST1/SE2/IM10", sha: "c".repeat(64), size: 30 },
        ],
      },
      { files: [{ key: "ST1/SE1/IM1", jpg: "ST1/SE1/IM1.jpg", sha: "d".repeat(64), size: 40 }] },
    ]);
    await study([{ files: [{ key: "ST9/OTHER" }] }]); // another study's file must not appear
    expect(await archiveEntries(scratch.db, id, "ST1/report.pdf")).toEqual([
      { key: "ST1/SE1/IM1", sha256: "d".repeat(64), size: 40 },
      { key: "ST1/SE1/IM1.jpg", sha256: null, size: null },
      { key: "ST1/SE2/IM10", sha256: "c".repeat(64), size: 30 },
      { key: "ST1/SE2/IM2", sha256: "b".repeat(64), size: 20 },
      { key: "ST1/SE2/IM2.jpg", sha256: null, size: null },
      { key: "ST1/report.pdf", sha256: null, size: null },
    ]);
  });

  it("sorts by code unit, not locale (upper case before lower case), and keeps the first of a repeated name", async () => {
    const id = await study([
      { files: [{ key: "b", sha: "1".repeat(64) }, { key: "B" }, { key: "a" }] },
      { files: [{ key: "b", sha: "2".repeat(64) }, { key: "Ä" }] },
    ]);
    const got = await archiveEntries(scratch.db, id, "a");
    expect(got.map((e) => e.key)).toEqual(["B", "a", "b", "Ä"]);
    expect(got.filter((e) => e.key === "b")).toHaveLength(1);
    // The report named like a DICOM file does not add a second entry.
    expect(got.find((e) => e.key === "a")).toMatchObject({ sha256: "a".repeat(64) });
  });

  it("reads every row of a study with more than one page of files", async () => {
    const files = Array.from({ length: 2105 }, (_, i) => ({
      key: `ST1/SE1/IM${String(i).padStart(5, "0")}`,
      jpg: i % 700 === 0 ? `ST1/SE1/IM${String(i).padStart(5, "0")}.jpg` : undefined,
    }));
    const id = await study([{ files: files.slice(0, 1000) }, { files: files.slice(1000) }]);
    const got = await archiveEntries(scratch.db, id, null);
    expect(got).toHaveLength(2105 + 4);
    expect(new Set(got.map((e) => e.key)).size).toBe(got.length);
    expect(got[0]!.key).toBe("ST1/SE1/IM00000");
    expect(got.at(-1)!.key).toBe("ST1/SE1/IM02104");
  });

  it("is empty for a study with no files and no report", async () => {
    const id = await study([]);
    expect(await archiveEntries(scratch.db, id, null)).toEqual([]);
  });
});
