// Tests readDicomdir on generated file-sets: the happy path, case-insensitive ids, loops, offsets past the end and missing files.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDicomdir } from "./dicomdir";
import { buildPart10, mrDataset, TS_EXPLICIT_BE, TS_IMPLICIT_LE } from "./test-utils/build-dicom";
import { buildDicomdir, simpleTree, type Links } from "./test-utils/build-dicomdir";
import { checkBuffer } from "./validate";

const IDS = [
  ["ST000001", "SE000001", "IM000001"],
  ["ST000001", "SE000001", "IM000002"],
  ["ST000001", "SE000001", "IM000003"], // stored as im000003
  ["ST000001", "SE000001", "IM000004"], // stored as IM000004.dcm
];
let dir = "";

async function writeSet(name: string, patch?: (l: Links, o: number[], size: number) => void, ids = IDS, ts?: string) {
  const file = path.join(dir, name);
  await writeFile(file, buildDicomdir(simpleTree(ids), patch, ts));
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dicomdir-"));
  await mkdir(path.join(dir, "ST000001", "SE000001"), { recursive: true });
  await mkdir(path.join(dir, "st000002", "se000002"), { recursive: true });
  const image = buildPart10(mrDataset());
  await writeFile(path.join(dir, "ST000001", "SE000001", "IM000001"), image);
  await writeFile(path.join(dir, "ST000001", "SE000001", "IM000002"), image);
  await writeFile(path.join(dir, "ST000001", "SE000001", "im000003"), image);
  await writeFile(path.join(dir, "st000002", "se000002", "im000001"), image);
  await writeFile(path.join(dir, "ST000001", "SE000001", "IM000004.dcm"), image);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("readDicomdir", () => {
  it.each([
    ["explicit VR little endian", undefined],
    ["implicit VR little endian", TS_IMPLICIT_LE],
    ["explicit VR big endian", TS_EXPLICIT_BE],
  ])("walks patient -> study -> series -> image (%s) and resolves files case-insensitively", async (_, ts) => {
    const r = await readDicomdir(await writeSet(`DICOMDIR-${ts ?? "le"}`, undefined, IDS, ts));
    expect(r.problems).toEqual([]);
    expect(r.records.map((p) => p.type)).toEqual(["PATIENT"]);
    const series = r.records[0]!.children[0]!.children[0]!;
    expect(series.type).toBe("SERIES");
    expect(series.keys.modality).toBe("MR");
    expect(series.children.map((i) => i.type)).toEqual(["IMAGE", "IMAGE", "IMAGE", "IMAGE"]);
    expect(r.files.map((f) => path.relative(dir, f))).toEqual([
      path.join("ST000001", "SE000001", "IM000001"),
      path.join("ST000001", "SE000001", "IM000002"),
      path.join("ST000001", "SE000001", "im000003"),
      path.join("ST000001", "SE000001", "IM000004.dcm"),
    ]);
  });

  it("matches lower-case folders on disk", async () => {
    const r = await readDicomdir(await writeSet("DICOMDIR-lower", undefined, [["ST000002", "SE000002", "IM000001"]]));
    expect(r.problems).toEqual([]);
    expect(r.files.map((f) => path.relative(dir, f))).toEqual([path.join("st000002", "se000002", "im000001")]);
  });

  it("reports a sibling offset that loops back, without hanging", { timeout: 5000 }, async () => {
    const r = await readDicomdir(await writeSet("DICOMDIR-loop", (l, o) => void (l.next[6] = o[3]!)));
    expect(r.problems.join("\n")).toMatch(/loops back .*cycle/);
    expect(r.files).toHaveLength(4);
  });

  it("reports a lower-level offset pointing back at an ancestor", { timeout: 5000 }, async () => {
    const r = await readDicomdir(await writeSet("DICOMDIR-uploop", (l, o) => void (l.lower[2] = o[0]!)));
    expect(r.problems.join("\n")).toMatch(/offset \d+ loops back/);
  });

  it("reports a record pointing at itself", { timeout: 5000 }, async () => {
    const r = await readDicomdir(await writeSet("DICOMDIR-self", (l, o) => void (l.next[0] = o[0]!)));
    expect(r.problems.join("\n")).toMatch(/cycle/);
  });

  it("reports an offset past the end of the file", async () => {
    const r = await readDicomdir(await writeSet("DICOMDIR-past", (l, _o, size) => void (l.next[3] = size + 1000)));
    expect(r.problems.join("\n")).toMatch(/points past the end of the file/);
    expect(r.files).toHaveLength(1);
  });

  it("reports a root offset that points at no record", async () => {
    const r = await readDicomdir(await writeSet("DICOMDIR-badroot", (l) => void (l.root = 200)));
    expect(r.problems[0]).toMatch(/does not point at a directory record/);
  });

  it("reports records that reference missing files", async () => {
    const ids = [...IDS, ["ST000001", "SE000001", "IM000099"]];
    const r = await readDicomdir(await writeSet("DICOMDIR-missing", undefined, ids));
    expect(r.problems).toEqual([
      expect.stringMatching(/IMAGE record at offset \d+ references ST000001\/SE000001\/IM000099, which does not exist/),
    ]);
    expect(r.files).toHaveLength(4);
  });

  it("refuses file ids that climb out of the file-set", async () => {
    const r = await readDicomdir(await writeSet("DICOMDIR-escape", undefined, [["..", "etc", "passwd"]]));
    expect(r.problems.join("\n")).toMatch(/unsafe Referenced File ID/);
    expect(r.files).toEqual([]);
  });

  it("never throws on a missing path or a non-DICOMDIR file", async () => {
    expect((await readDicomdir(path.join(dir, "absent"))).problems[0]).toMatch(/cannot be read/);
    const notDir = await readDicomdir(path.join(dir, "ST000001", "SE000001", "IM000001"));
    expect(notDir.problems[0]).toMatch(/not a DICOMDIR/);
  });

  it("makes checkFile reject structurally broken DICOMDIRs", async () => {
    const looping = buildDicomdir(simpleTree(IDS), (l, o) => void (l.next[6] = o[3]!));
    const r = await checkBuffer(looping);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^DICOMDIR: record offset \d+ loops back/);
    expect((await checkBuffer(buildDicomdir(simpleTree(IDS)))).ok).toBe(true);
  });

  it("terminates on random link graphs, reporting instead of looping", { timeout: 10000 }, async () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 60; round++) {
      const bytes = buildDicomdir(simpleTree(IDS), (l, o, size) => {
        const pick = () => [0, size + rand(5000), 1 + rand(size), ...o][rand(3 + o.length)] ?? 0;
        for (let i = 0; i < o.length; i++)
          [l.next[i], l.lower[i]] = [rand(3) ? l.next[i]! : pick(), rand(3) ? l.lower[i]! : pick()];
      });
      const r = await checkBuffer(bytes);
      if (!r.ok) expect(r.reason).toMatch(/^DICOMDIR: /);
    }
  });

  it("flags records placed at the wrong level", async () => {
    const r = await checkBuffer(buildDicomdir([{ type: "IMAGE", fileId: ["A"] }, { type: "UNKNOWN" }]));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.reason).toMatch(/IMAGE record at offset \d+ sits at the root.*unknown Directory Record Type "UNKNOWN"/);
  });
});
