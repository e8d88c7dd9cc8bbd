// One study on disk (small matrices): the ST/SE/IM layout with a JPG beside each file, what it returns for the DICOMDIR
// and the report, and a JPG that is the DICOM image under the window stored in the file.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dicomParser } from "./dicom-parser";
import { MR_IMAGE_STORAGE } from "./dicom-image";
import { windowTo8bit } from "./jpeg";
import { phantomParams } from "./params";
import { uidFor } from "./rng";
import { folder, writeStudy, type StudyResult } from "./study";
import { listFiles } from "./test-utils/helpers";

const tmp = mkdtempSync(path.join(os.tmpdir(), "synth-study-"));
const options = { seed: "study-test", sagMatrix: 32, traMatrix: 24, sagSlices: 3, traPerDisc: 2 };
let result: StudyResult;
const reported: number[] = [];

beforeAll(async () => {
  result = await writeStudy(tmp, 2, { ...options, onImage: (b) => reported.push(b) });
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const parse = (rel: string) => dicomParser.parseDicom(new Uint8Array(readFileSync(path.join(tmp, rel))));

describe("folder", () => {
  it("pads to six digits after the prefix", () => {
    expect(folder("ST", 2)).toBe("ST000002");
    expect(folder("IM", 123456)).toBe("IM123456");
  });
});

describe("writeStudy", () => {
  it("writes ST000002/SE00000s/IM00000i and a JPG beside each, and counts them", () => {
    const sag = [1, 2, 3].map((i) => `ST000002/SE000001/${folder("IM", i)}`);
    const tra = Array.from({ length: 10 }, (_, i) => `ST000002/SE000002/${folder("IM", i + 1)}`);
    const expected = [...sag, ...tra].flatMap((f) => [f, `${f}.jpg`]).sort();
    expect(listFiles(tmp).map((f) => f.split(path.sep).join("/"))).toEqual(expected);
    expect(result.files).toBe(26);
    const total = expected.reduce((s, f) => s + statSync(path.join(tmp, f)).size, 0);
    expect(result.bytes).toBe(total);
    expect(reported).toHaveLength(13);
    expect(reported.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it("returns the DICOMDIR study matching the files' UIDs and numbers", () => {
    const { dir, context } = result;
    expect(dir.studyUid).toBe(uidFor("study-test", "study/2"));
    expect(context.studyUid).toBe(dir.studyUid);
    expect(context.params).toEqual(phantomParams("study-test", 2));
    expect(dir.series.map((s) => [s.seriesNumber, s.images.length])).toEqual([
      [1, 3],
      [2, 10],
    ]);
    for (const s of dir.series)
      for (const im of s.images) {
        const d = parse(im.fileId.join("/"));
        expect(d.string("x00080018")).toBe(im.sopInstanceUid);
        expect(d.string("x0020000e")).toBe(s.seriesUid);
        expect(d.string("x0020000d")).toBe(dir.studyUid);
        expect(d.string("x00200052")).toBe(context.frameOfReferenceUid);
        expect(Number(d.string("x00200013"))).toBe(im.instanceNumber);
        expect(im.sopClassUid).toBe(MR_IMAGE_STORAGE);
      }
    const uids = dir.series.flatMap((s) => s.images.map((i) => i.sopInstanceUid));
    expect(new Set(uids).size).toBe(13);
  });

  it("dates the study in 2024 from 8 January, in working hours on the 10 minutes", () => {
    const { date, time } = result.context;
    expect(date).toMatch(/^2024\d{4}$/);
    expect(date >= "20240108").toBe(true);
    expect(time).toMatch(/^(0[89]|1[0-7])[0-3]000$/);
    expect(result.dir.date).toBe(date);
  });

  it("picks the mid-sagittal image and the axial one in the middle of the herniated level's block as key images", () => {
    const level = result.context.params.herniation.level;
    const block = ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"].indexOf(level);
    const axial = folder("IM", block * 2 + 1 + 1);
    expect(result.keyImages.map((k) => k.caption)).toEqual([
      "mid-sagittal T2W (ST000002/SE000001/IM000002)",
      `axial T2W at ${level} (ST000002/SE000002/${axial})`,
    ]);
    expect(
      Buffer.from(result.keyImages[0]!.jpeg).equals(readFileSync(path.join(tmp, "ST000002/SE000001/IM000002.jpg"))),
    ).toBe(true);
  });

  it("each JPG is its DICOM image under the file's own window", async () => {
    for (const rel of ["ST000002/SE000001/IM000002", "ST000002/SE000002/IM000007"]) {
      const d = parse(rel);
      const rows = d.uint16("x00280010")!;
      const cols = d.uint16("x00280011")!;
      const el = d.elements.x7fe00010!;
      const raw = readFileSync(path.join(tmp, rel));
      const pixels = new Uint16Array(rows * cols);
      for (let k = 0; k < pixels.length; k++) pixels[k] = raw.readUInt16LE(el.dataOffset + 2 * k);
      expect(Math.max(...pixels)).toBeLessThanOrEqual(4095);
      const grey = windowTo8bit(pixels, Number(d.string("x00281050")), Number(d.string("x00281051")));
      const { data, info } = await sharp(readFileSync(path.join(tmp, `${rel}.jpg`)))
        .toColourspace("b-w")
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([cols, rows]);
      let err = 0;
      for (let k = 0; k < grey.length; k++) err += Math.abs(data[k]! - grey[k]!);
      // JPEG at quality 85 on a noisy 24-32 pixel image: about 3 grey levels on average.
      expect(err / grey.length).toBeLessThan(6);
    }
  });

  it("writes the same bytes again for the same seed", async () => {
    const again = mkdtempSync(path.join(os.tmpdir(), "synth-study-again-"));
    try {
      await writeStudy(again, 2, options);
      for (const f of ["ST000002/SE000001/IM000001", "ST000002/SE000002/IM000010.jpg"])
        expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(tmp, f))), f).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
