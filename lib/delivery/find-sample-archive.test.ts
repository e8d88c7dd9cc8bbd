// findSampleArchive on a real scratch database: only a published sample with a complete archive record is found,
// the key comes from the row, and a malformed id is refused before any query.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { findSampleArchive } from "./find-sample-archive";

let scratch: ScratchDb;
let datasetId: string;
beforeAll(async () => {
  scratch = await createScratchDb();
  datasetId = (await scratch.db.dataset.create({ data: { slug: "lumbar", title: "T" } })).id;
});
afterAll(async () => {
  await scratch?.cleanup();
});

let n = 0;
const study = async (over: Record<string, unknown>) =>
  (
    await scratch.db.study.create({
      data: {
        datasetId,
        studyInstanceUid: `1.2.${++n}`,
        storageRoot: "/x",
        isSample: true,
        published: true,
        archiveKey: `lumbar/1.2.${n}.zip`,
        archiveSize: 1234n,
        archiveSha256: "f".repeat(64),
        ...over,
      },
    })
  ).id;

describe("findSampleArchive", () => {
  it("finds a published sample's archive, named after the dataset and study", async () => {
    const id = await study({});
    expect(await findSampleArchive(scratch.db, id)).toEqual({
      studyId: id,
      key: `lumbar/1.2.${n}.zip`,
      size: 1234n,
      sha256: "f".repeat(64),
      fileName: `lumbar-sample-1.2.${n}.zip`,
    });
  });

  it("finds nothing for an unpublished or non-sample study, or one whose archive record is incomplete", async () => {
    for (const over of [
      { published: false },
      { isSample: false },
      { archiveKey: null },
      { archiveSize: null },
      { archiveSha256: null },
    ])
      expect(await findSampleArchive(scratch.db, await study(over)), JSON.stringify(over)).toBeNull();
  });

  it("refuses malformed ids (path characters, too long, empty) and unknown ones", async () => {
    for (const id of ["", "../etc", "a/b", "a".repeat(65), "id with space", "x'; --"])
      expect(await findSampleArchive(scratch.db, id), id).toBeNull();
    expect(await findSampleArchive(scratch.db, "no-such-study")).toBeNull();
  });
});
