// buildStudyArchive on a scratch database and a real imported folder: the zip holds exactly the study's files (read back
// with unzip, byte for byte) and a SHA256SUMS of them, the outcome and the Study row carry its key, size and hash, a
// current archive is left alone, and a missing, truncated or forced one is rebuilt.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFolder } from "../importer";
import { fileId, makeFolder, studyUid, tempDir } from "../importer/test-utils/make-folder";
import { createLocalStorage } from "../storage";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { archiveKeyFor, buildStudyArchive, type ArchiveDeps } from "./build-study-archive";
import { haveTools } from "./test-utils/tools";

const SLUG = "t-study-archive";
let scratch: ScratchDb;
let root: string;
let out: string;
let deps: ArchiveDeps;

beforeAll(async () => {
  scratch = await createScratchDb();
  root = tempDir();
  out = tempDir();
  // Study 1: two series of 2 and 1 images; study 2: one image. JPG renderings and the PDF report beside them.
  makeFolder(root, { studies: [[2, 1], [1]], dicomdir: true, jpg: true, pdf: true });
  await importFolder(scratch.db, root, { datasetSlug: SLUG, workers: 0 });
  deps = {
    db: scratch.db,
    archives: createLocalStorage(out),
    s3: () => {
      throw new Error("no S3 in this test");
    },
  };
});
afterAll(async () => {
  await scratch?.cleanup();
  for (const d of [root, out]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const studyId = async (s: number) =>
  (await scratch.db.study.findFirstOrThrow({ where: { studyInstanceUid: studyUid(s) } })).id;
const zipPath = (s: number) => path.join(out, archiveKeyFor(SLUG, studyUid(s)));

describe("archiveKeyFor", () => {
  it("is <dataset>/<Study Instance UID>.zip", () => {
    expect(archiveKeyFor("lumbar", "1.2.3.4")).toBe("lumbar/1.2.3.4.zip");
  });
});

describe.skipIf(!haveTools("unzip"))("buildStudyArchive", () => {
  it("zips exactly the study's DICOM files, their JPGs and the report, byte for byte, with their SHA256SUMS", async () => {
    const r = await buildStudyArchive(deps, await studyId(1));
    const dicom = [fileId(1, 1, 1), fileId(1, 1, 2), fileId(1, 2, 1)].map((id) => id.join("/"));
    const files = [...dicom, ...dicom.map((f) => `${f}.jpg`), "Lumbar_Spine_MRI.pdf"].sort();
    const zip = zipPath(1);
    const names = execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" }).trim().split("\n");
    expect([...names].sort()).toEqual([...files, "SHA256SUMS"].sort());
    const sums: string[] = [];
    for (const f of files) {
      const inZip = execFileSync("unzip", ["-p", zip, f], { maxBuffer: 64 << 20 });
      const original = fs.readFileSync(path.join(root, f));
      expect(inZip.equals(original)).toBe(true);
      sums.push(`${sha256(original)}  ${f}`);
    }
    const listed = execFileSync("unzip", ["-p", zip, "SHA256SUMS"], { encoding: "utf8" }).trim().split("\n");
    expect([...listed].sort()).toEqual(sums.sort());

    const bytes = fs.readFileSync(zip);
    expect(r).toEqual({
      status: "built",
      key: `${SLUG}/${studyUid(1)}.zip`,
      size: BigInt(bytes.length),
      sha256: sha256(bytes),
      files: files.length,
    });
    const row = await scratch.db.study.findUniqueOrThrow({ where: { id: await studyId(1) } });
    expect(row).toMatchObject({ archiveKey: r.key, archiveSize: r.size, archiveSha256: r.sha256 });
  });

  it("leaves a current archive alone, and rebuilds it when forced, truncated or gone", async () => {
    const id = await studyId(2);
    const built = await buildStudyArchive(deps, id);
    expect(built.status).toBe("built");
    const inode = fs.statSync(zipPath(2)).ino;

    // Current: the same recorded key, size and hash, and the file untouched (written files are renamed into place).
    expect(await buildStudyArchive(deps, id)).toEqual({ ...built, status: "current", files: -1 });
    expect(fs.statSync(zipPath(2)).ino).toBe(inode);

    const forced = await buildStudyArchive(deps, id, { force: true });
    expect(forced).toEqual(built); // the same files give the same bytes
    expect(fs.statSync(zipPath(2)).ino).not.toBe(inode);

    fs.truncateSync(zipPath(2), 100);
    expect(await buildStudyArchive(deps, id)).toEqual(built);
    expect(fs.statSync(zipPath(2)).size).toBe(Number(built.size));

    fs.rmSync(zipPath(2));
    expect(await buildStudyArchive(deps, id)).toEqual(built);
    expect(sha256(fs.readFileSync(zipPath(2)))).toBe(built.sha256);
  });

  it("refuses a study with no files, writing nothing and recording nothing", async () => {
    const dataset = await scratch.db.dataset.findUniqueOrThrow({ where: { slug: SLUG } });
    const empty = await scratch.db.study.create({
      data: { datasetId: dataset.id, studyInstanceUid: "1.2.3.999", storageRoot: root },
    });
    await expect(buildStudyArchive(deps, empty.id)).rejects.toThrow("study 1.2.3.999 has no files to archive");
    expect(fs.existsSync(path.join(out, archiveKeyFor(SLUG, "1.2.3.999")))).toBe(false);
    const row = await scratch.db.study.findUniqueOrThrow({ where: { id: empty.id } });
    expect(row).toMatchObject({ archiveKey: null, archiveSize: null, archiveSha256: null });
  });

  it("a write that fails without reading the zip rejects with its own error and leaves no failure behind", async () => {
    // A study whose first file has gone (the zip fails at once) and an archive folder that cannot be created (the
    // write fails before reading a byte): the zip's error has no reader, and must not surface as an uncaught exception.
    const gone = tempDir();
    const blocker = path.join(out, "not-a-folder");
    try {
      makeFolder(gone, { studies: [[2]] });
      await importFolder(scratch.db, gone, { datasetSlug: "t-study-archive-gone", workers: 0 });
      fs.rmSync(path.join(gone, fileId(1, 1, 1).join("/")));
      fs.writeFileSync(blocker, "");
      const broken = { ...deps, archives: createLocalStorage(path.join(blocker, "archives")) };
      const study = await scratch.db.study.findFirstOrThrow({ where: { dataset: { slug: "t-study-archive-gone" } } });
      await expect(buildStudyArchive(broken, study.id)).rejects.toMatchObject({ code: "ENOTDIR" });
      const row = await scratch.db.study.findUniqueOrThrow({ where: { id: study.id } });
      expect(row.archiveKey).toBeNull();
    } finally {
      fs.rmSync(gone, { recursive: true, force: true });
      fs.rmSync(blocker, { force: true });
    }
  });
});
