// publishSamples on a scratch database with real PDF reports in a temp folder: clean sample studies go public, the
// rest stay private with their reasons; a report that repeats a patient value, or cannot be read, keeps its study
// private; studies that are not samples, or not in the run, are never touched.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publishSamples } from "./publish";
import { writeContext } from "./test-utils/parts";
import { scratchWithFolders } from "./test-utils/scratch-folders";
import { textPdf } from "./test-utils/text-pdf";

const scratch = scratchWithFolders();

const NAME = { file: "ST1/IM1", keyword: "PatientName", tag: "(0010,0010)", path: "(0010,0010)" };

/** A dataset with one study per spec, under a fresh folder holding the given report files. */
async function setup(
  specs: { uid: string; isSample?: boolean; published?: boolean; reportKey?: string; phi?: object[] }[],
  reports: Record<string, Buffer> = {},
) {
  const root = scratch.folder("publish-test-", reports);
  const ctx = await writeContext(scratch.db, { root });
  const ids: Record<string, string> = {};
  for (const s of specs) {
    const row = await scratch.db.study.create({
      data: {
        datasetId: ctx.datasetId,
        studyInstanceUid: s.uid,
        storageRoot: root,
        isSample: s.isSample ?? true,
        published: s.published ?? false,
        reportKey: s.reportKey ?? null,
        phiFindings: s.phi ? JSON.stringify(s.phi) : null,
      },
    });
    ids[s.uid] = row.id;
  }
  const state = async (uid: string) =>
    scratch.db.study.findUniqueOrThrow({
      where: { id: ids[uid]! },
      select: { published: true, phiFindings: true },
    });
  return { ids, state };
}

describe("publishSamples", () => {
  it("publishes clean sample studies and lists the others with one reason line per attribute", async () => {
    const { ids, state } = await setup([
      { uid: "1.1" },
      { uid: "1.2", phi: [NAME, { ...NAME, file: "ST1/IM2" }] },
      { uid: "1.3", isSample: false },
    ]);
    const out = await publishSamples(scratch.db, Object.values(ids));
    expect(out).toEqual([{ study: "1.2", reasons: ["PatientName (0010,0010) in 2 file(s): ST1/IM1, ST1/IM2"] }]);
    expect(await state("1.1")).toEqual({ published: true, phiFindings: null });
    expect((await state("1.2")).published).toBe(false);
    expect((await state("1.3")).published).toBe(false);
  });

  it("touches only the studies it is given", async () => {
    const { ids, state } = await setup([{ uid: "2.1" }, { uid: "2.2" }]);
    expect(await publishSamples(scratch.db, [ids["2.1"]!])).toEqual([]);
    expect((await state("2.1")).published).toBe(true);
    expect((await state("2.2")).published).toBe(false);
  });

  it("publishes a study whose PDF report is clean", async () => {
    const { ids, state } = await setup([{ uid: "3.1", reportKey: "r.pdf" }], {
      "r.pdf": textPdf(["Lumbar spine MRI", "Findings: L4-L5 disc bulge."]),
    });
    expect(await publishSamples(scratch.db, [ids["3.1"]!], ["DOE^JANE", "PID4711"])).toEqual([]);
    expect(await state("3.1")).toEqual({ published: true, phiFindings: null });
  });

  it("keeps a study private when its report repeats a patient value the run saw, even with clean headers", async () => {
    const { ids, state } = await setup([{ uid: "4.1", reportKey: "r.pdf", published: true }], {
      "r.pdf": textPdf(["Lumbar spine MRI", "Patient: Jane Doe"]),
    });
    const out = await publishSamples(scratch.db, [ids["4.1"]!], ["DOE^JANE"]);
    expect(out).toEqual([
      {
        study: "4.1",
        reasons: [
          "ReportText (PDF report) repeats a name or identifier found in the study's headers in 1 file(s): r.pdf",
        ],
      },
    ]);
    // A study that was public goes private.
    expect((await state("4.1")).published).toBe(false);
  });

  it("fails closed on a report it cannot read", async () => {
    const { ids, state } = await setup([{ uid: "5.1", reportKey: "r.pdf" }], { "r.pdf": Buffer.from("not a pdf") });
    const [u] = await publishSamples(scratch.db, [ids["5.1"]!]);
    expect(u!.reasons).toEqual([expect.stringMatching(/^ReportText \(PDF report\) text cannot be extracted \(.+\)/)]);
    expect((await state("5.1")).published).toBe(false);

    // A missing file is unreadable too (the injected reader sees the same key under the study's folder).
    const seen: string[] = [];
    const { ids: ids2 } = await setup([{ uid: "5.2", reportKey: "gone/r.pdf" }]);
    const [v] = await publishSamples(scratch.db, [ids2["5.2"]!], [], async (root, key) => {
      seen.push(key);
      return fs.promises.readFile(path.join(root, key));
    });
    expect(seen).toEqual(["gone/r.pdf"]);
    expect(v!.reasons[0]).toMatch(/text cannot be extracted \(.*ENOENT/);
  });

  it("clears an old report finding once the report reads clean, and then publishes", async () => {
    const old = { file: "r.pdf", keyword: "ReportText", tag: "(PDF report)", path: "(PDF report)", reason: "x" };
    const { ids, state } = await setup([{ uid: "6.1", reportKey: "r.pdf", phi: [old] }], {
      "r.pdf": textPdf(["Lumbar spine MRI"]),
    });
    expect(await publishSamples(scratch.db, [ids["6.1"]!])).toEqual([]);
    expect(await state("6.1")).toEqual({ published: true, phiFindings: null });
  });

  it("does not check the report of a study that is not a sample", async () => {
    const { ids, state } = await setup([{ uid: "7.1", isSample: false, reportKey: "missing.pdf" }]);
    const read = async (): Promise<Uint8Array> => {
      throw new Error("must not be read");
    };
    expect(await publishSamples(scratch.db, [ids["7.1"]!], [], read)).toEqual([]);
    expect(await state("7.1")).toEqual({ published: false, phiFindings: null });
  });

  it("handles more studies than one statement's chunk (500)", async () => {
    const ctx = await writeContext(scratch.db);
    const uids = Array.from({ length: 1001 }, (_, i) => `8.${String(i).padStart(4, "0")}`);
    await scratch.db.study.createMany({
      data: uids.map((u, i) => ({
        datasetId: ctx.datasetId,
        studyInstanceUid: u,
        storageRoot: "/x",
        isSample: true,
        phiFindings: i === 1000 ? JSON.stringify([NAME]) : null,
      })),
    });
    const ids = (await scratch.db.study.findMany({ where: { datasetId: ctx.datasetId }, select: { id: true } })).map(
      (s) => s.id,
    );
    const out = await publishSamples(scratch.db, ids);
    expect(out.map((u) => u.study)).toEqual(["8.1000"]);
    expect(await scratch.db.study.count({ where: { datasetId: ctx.datasetId, published: true } })).toBe(1000);
  });
});
