// Delivery archives on a scratch database and a real import folder: the zip passes `unzip -t`, its SHA256SUMS passes
// `sha256sum -c` after extraction, it holds the vendor's layout, rebuilding gives the same bytes, a changed file is
// refused, and an unchanged archive is not rebuilt.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { haveTools } from "./test-utils/tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { importFolder } from "../importer";
import { makeFolder, studyUid, tempDir } from "../importer/test-utils/make-folder";
import { createLocalStorage } from "../storage";
import { buildArchives } from "./build-archives";
import type { ArchiveDeps } from "./build-study-archive";

let scratch: ScratchDb;
let root: string;
let out: string;
let deps: ArchiveDeps;
const noS3 = () => {
  throw new Error("no S3 in this test");
};

beforeAll(async () => {
  scratch = await createScratchDb();
  root = tempDir();
  out = tempDir();
  makeFolder(root, { studies: [[3, 2], [2]], dicomdir: true, jpg: true, pdf: true, csv: true });
  await importFolder(scratch.db, root, { datasetSlug: "t-archive", workers: 0 });
  deps = { db: scratch.db, archives: createLocalStorage(path.join(out, "archives")), s3: noS3 };
});
afterAll(async () => {
  await scratch?.cleanup();
  for (const d of [root, out]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

const sha256 = (f: string) => createHash("sha256").update(fs.readFileSync(f)).digest("hex");

describe.skipIf(!haveTools("unzip", "sha256sum"))("delivery archives", () => {
  it("builds a stored zip per study that unzip and sha256sum verify, with size and hash on the study", async () => {
    const r = await buildArchives(deps, { datasetSlug: "t-archive" });
    expect(r).toMatchObject({ built: 2, current: 0, failed: [] });
    const study = await scratch.db.study.findFirstOrThrow({ where: { studyInstanceUid: studyUid(1) } });
    expect(study.archiveKey).toBe(`t-archive/${studyUid(1)}.zip`);
    const zip = path.join(out, "archives", study.archiveKey!);
    expect(BigInt(fs.statSync(zip).size)).toBe(study.archiveSize);
    expect(sha256(zip)).toBe(study.archiveSha256);

    execFileSync("unzip", ["-tq", zip]);
    const listing = execFileSync("unzip", ["-Z", "-v", zip], { encoding: "utf8" });
    expect(listing).not.toMatch(/compression method:\s+deflated/);
    expect(listing).toMatch(/compression method:\s+none \(stored\)/);
    const x = path.join(out, "x1");
    execFileSync("unzip", ["-q", zip, "-d", x]);
    const names = execFileSync("find", [".", "-type", "f"], { cwd: x, encoding: "utf8" }).trim().split("\n").sort();
    // Study 1: 5 DICOM files + 5 JPGs + the report + SHA256SUMS, in the vendor's layout.
    expect(names).toHaveLength(12);
    expect(names).toContain("./SHA256SUMS");
    expect(names).toContain("./Lumbar_Spine_MRI.pdf");
    expect(names.filter((n) => /^\.\/ST\d+\/SE\d+\/IM\d+$/.test(n))).toHaveLength(5);
    execFileSync("sha256sum", ["-c", "--strict", "--quiet", "SHA256SUMS"], { cwd: x });
    // Every file in the folder, and nothing else, is in the list; the DICOM hashes are the catalogue's.
    const sums = fs.readFileSync(path.join(x, "SHA256SUMS"), "utf8").trim().split("\n");
    expect(sums).toHaveLength(11);
    const instances = await scratch.db.instance.findMany({ where: { series: { studyId: study.id } } });
    for (const i of instances) expect(sums).toContain(`${i.sha256}  ${i.fileKey}`);
  });

  it("confirms current archives without rewriting them, and rebuilds identical bytes when forced", async () => {
    const before = await scratch.db.study.findMany({
      orderBy: { id: "asc" },
      select: { archiveKey: true, archiveSha256: true },
    });
    const zip = path.join(out, "archives", before[0]!.archiveKey!);
    const mtime = fs.statSync(zip).mtimeMs;
    expect(await buildArchives(deps, { datasetSlug: "t-archive" })).toMatchObject({ built: 0, current: 2 });
    expect(fs.statSync(zip).mtimeMs).toBe(mtime);
    expect(await buildArchives(deps, { studyInstanceUid: studyUid(2), force: true })).toMatchObject({
      built: 1,
      current: 0,
    });
    // A second, separate storage built from the same files holds byte-identical archives.
    const other = { ...deps, archives: createLocalStorage(path.join(out, "again")) };
    expect(await buildArchives(other, { datasetSlug: "t-archive", force: true })).toMatchObject({ built: 2 });
    for (const s of before) expect(sha256(path.join(out, "again", s.archiveKey!))).toBe(s.archiveSha256);
  });

  it("a re-import that changes a study's files clears its archive, so the next build makes a new one", async () => {
    const pack = tempDir();
    try {
      makeFolder(pack, { studies: [[2]], jpg: true, pdf: true });
      await importFolder(scratch.db, pack, { datasetSlug: "t-archive-2", workers: 0 });
      await buildArchives(deps, { datasetSlug: "t-archive-2" });
      const before = await scratch.db.study.findFirstOrThrow({ where: { dataset: { slug: "t-archive-2" } } });
      expect(before.archiveSha256).toMatch(/^[0-9a-f]{64}$/);
      makeFolder(pack, { studies: [[2]], jpg: true, pdf: true, overrides: { "1/1/2": { ImageComments: "changed" } } });
      const r = await importFolder(scratch.db, pack, { datasetSlug: "t-archive-2", workers: 0 });
      expect(r.written.instances).toBe(1);
      const cleared = await scratch.db.study.findUniqueOrThrow({ where: { id: before.id } });
      expect(cleared).toMatchObject({ archiveKey: null, archiveSize: null, archiveSha256: null });
      expect(await buildArchives(deps, { datasetSlug: "t-archive-2" })).toMatchObject({ built: 1 });
      const after = await scratch.db.study.findUniqueOrThrow({ where: { id: before.id } });
      expect(after.archiveSha256).not.toBe(before.archiveSha256);
    } finally {
      fs.rmSync(pack, { recursive: true, force: true });
    }
  });

  it("refuses to archive a DICOM file whose bytes no longer match the catalogue, and leaves the old archive", async () => {
    const study = await scratch.db.study.findFirstOrThrow({ where: { studyInstanceUid: studyUid(2) } });
    const inst = await scratch.db.instance.findFirstOrThrow({ where: { series: { studyId: study.id } } });
    const file = path.join(root, inst.fileKey);
    const original = fs.readFileSync(file);
    fs.writeFileSync(
      file,
      Buffer.concat([original.subarray(0, original.length - 1), Buffer.from([original.at(-1)! ^ 1])]),
    );
    try {
      const r = await buildArchives(deps, { studyInstanceUid: studyUid(2), force: true });
      expect(r.built).toBe(0);
      expect(r.failed[0]?.error).toMatch(/content changed since import/);
      const zip = path.join(out, "archives", study.archiveKey!);
      expect(sha256(zip)).toBe(study.archiveSha256);
      expect(fs.readdirSync(path.dirname(zip)).filter((n) => n.endsWith(".partial"))).toEqual([]);
    } finally {
      fs.writeFileSync(file, original);
    }
  });
});
