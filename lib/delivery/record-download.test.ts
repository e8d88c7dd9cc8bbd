// recordDownload writes one DownloadEvent per answer (clock injected, long values cut), and a failed write is logged,
// never thrown into the download. Real scratch database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { recordDownload } from "./record-download";

let scratch: ScratchDb;
let studyId: string;
beforeAll(async () => {
  scratch = await createScratchDb();
  const d = await scratch.db.dataset.create({ data: { slug: "record-download", title: "T" } });
  studyId = (await scratch.db.study.create({ data: { datasetId: d.id, studyInstanceUid: "1.2.3", storageRoot: "/x" } }))
    .id;
});
afterAll(async () => {
  await scratch?.cleanup();
});

const started = new Date("2026-05-01T10:00:00Z");
const finished = new Date("2026-05-01T10:05:00Z");

describe("recordDownload", () => {
  it("records the answer with the caller's context and the injected finish time", async () => {
    await recordDownload(
      scratch.db,
      {
        studyId,
        objectKey: "archives/1.2.3.zip",
        ip: "203.0.113.9",
        userAgent: "curl/8.5",
        startedAt: started,
        licenceId: "lic1",
        tokenId: "tok1",
        userId: "u1",
      },
      { status: 206, bytesSent: 5_000_000_000, complete: false, range: "bytes=100-" },
      () => finished,
    );
    const e = await scratch.db.downloadEvent.findFirstOrThrow({ where: { objectKey: "archives/1.2.3.zip" } });
    expect(e).toMatchObject({
      studyId,
      range: "bytes=100-",
      status: 206,
      bytesSent: 5_000_000_000n,
      complete: false,
      ip: "203.0.113.9",
      userAgent: "curl/8.5",
      licenceId: "lic1",
      tokenId: "tok1",
      userId: "u1",
      startedAt: started,
      finishedAt: finished,
    });
  });

  it("cuts an over-long Range and User-Agent, and stores absent optional ids as null", async () => {
    await recordDownload(
      scratch.db,
      { studyId: null, objectKey: "long", ip: null, userAgent: "u".repeat(1000), startedAt: started },
      { status: 200, bytesSent: 0, complete: true, range: `bytes=${"1".repeat(500)}-` },
      () => finished,
    );
    const e = await scratch.db.downloadEvent.findFirstOrThrow({ where: { objectKey: "long" } });
    expect(e.range).toHaveLength(200);
    expect(e.userAgent).toHaveLength(300);
    expect(e).toMatchObject({ studyId: null, ip: null, licenceId: null, tokenId: null, userId: null });
  });

  it("logs a failed write and resolves (a download never fails because its record did)", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const p = recordDownload(
        scratch.db,
        { studyId: "no-such-study", objectKey: "orphan.zip", ip: null, userAgent: null, startedAt: started },
        { status: 200, bytesSent: 1, complete: true, range: null },
        () => finished,
      );
      await expect(p).resolves.toBeUndefined();
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0]![0])).toContain("could not record orphan.zip");
      expect(await scratch.db.downloadEvent.count({ where: { objectKey: "orphan.zip" } })).toBe(0);
    } finally {
      log.mockRestore();
    }
  });
});
