// End-to-end: a 2-study pack on disk, read back with dicom-parser, jpeg-js, dcmtk and dicom3tools when installed.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import jpeg from "jpeg-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walkDicomdir } from "./dicomdir-read";
import { dicomParser } from "./dicom-parser";
import { generatePack } from "./pack";
import { REPORT_LABELS } from "./report-text";
import { uidFor } from "./rng";
import { parseLabelsText, type LabelRow } from "../catalogue/labels-csv/parse-labels";
import { hasTool, listFiles, pdfText, run } from "./test-utils/helpers";

const tmp = mkdtempSync(path.join(os.tmpdir(), "synth-pack-"));
const out = path.join(tmp, "pack");
const images = (rel: string[]) => rel.filter((f) => /IM\d{6}$/.test(f));
let files: string[] = [];

beforeAll(async () => {
  await generatePack(out, { studies: 2, seed: "test" });
  files = listFiles(out);
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("layout", () => {
  it("has the vendor's index files and one folder per series", () => {
    for (const f of ["DICOMDIR", "Lumbar_Spine_MRI.pdf", "Spine_MRI_conditions.csv", "ST000002/Lumbar_Spine_MRI.pdf"])
      expect(files).toContain(f);
    for (const st of ["ST000001", "ST000002"]) {
      expect(images(files).filter((f) => f.startsWith(`${st}/SE000001/`))).toHaveLength(15);
      expect(images(files).filter((f) => f.startsWith(`${st}/SE000002/`))).toHaveLength(20);
    }
    for (const f of images(files)) expect(files).toContain(`${f}.jpg`);
    expect(files).toHaveLength(2 * 35 * 2 + 5);
  });

  it("writes a labels file that labels:import accepts, one row per study keyed by its StudyInstanceUID", async () => {
    const rows: LabelRow[] = [];
    await parseLabelsText(readFileSync(path.join(out, "Spine_MRI_labels.csv")), (r) => void rows.push(r));
    expect(rows.map((r) => r.studyInstanceUid)).toEqual([uidFor("test", "study/1"), uidFor("test", "study/2")]);
    expect(rows[0]).toMatchObject({
      conditions: ["Degenerative disc disease", "Disc herniation", "Spinal stenosis"],
      method: "MRI 1.5T",
      sex: "M",
      age: 45,
      objectKey: "ST000001",
      fieldStrength: 1500,
    });
    expect(rows[0]!.sizeBytes).toBe(
      listFiles(path.join(out, "ST000001")).reduce((s, f) => s + statSync(path.join(out, "ST000001", f)).size, 0),
    );
  });

  it("copies the example statistics CSV byte for byte when it exists", () => {
    const example = path.join("data", "examples", "Spine_MRI_conditions.csv");
    const csv = readFileSync(path.join(out, "Spine_MRI_conditions.csv"));
    if (existsSync(example)) expect(csv.equals(readFileSync(example))).toBe(true);
    else expect(csv.toString()).toMatch(/^condition,method,studies\n/);
  });
});

describe("DICOM files", () => {
  it("parse with dicom-parser: MR, explicit VR LE, 16-bit pixels, de-identified, labelled synthetic", () => {
    const uids = new Set<string>();
    for (const f of images(files)) {
      const bytes = readFileSync(path.join(out, f));
      expect(bytes.length).toBeGreaterThan(250_000);
      expect(bytes.length).toBeLessThan(520_000);
      const ds = dicomParser.parseDicom(new Uint8Array(bytes));
      expect(ds.string("x00080016")).toBe("1.2.840.10008.5.1.4.1.1.4");
      expect(ds.string("x00020010")).toBe("1.2.840.10008.1.2.1");
      const rows = ds.uint16("x00280010")!;
      const cols = ds.uint16("x00280011")!;
      expect([rows, cols, ds.uint16("x00280100")]).toEqual([384, 384, 16]);
      expect(ds.elements.x7fe00010!.length).toBe(rows * cols * 2);
      expect(ds.elements.x00100010?.length).toBe(0);
      expect(ds.elements.x00100020?.length).toBe(0);
      expect(ds.elements.x00204000).toBeUndefined();
      expect(ds.string("x00120062")).toBe("YES");
      expect(ds.string("x00081030")).toContain("SYNTHETIC");
      expect(ds.string("x00080070")).toBe("Philips Medical Systems");
      expect(ds.string("x00181030")).toContain(f.includes("SE000001") ? "SAG" : "TRA");
      uids.add(ds.string("x00080018")!);
    }
    expect(uids.size).toBe(70);
  });

  it("sagittal series: orientation normal along patient x", () => {
    const ds = dicomParser.parseDicom(new Uint8Array(readFileSync(path.join(out, "ST000001/SE000001/IM000008"))));
    const iop = (ds.string("x00200037") ?? "").split("\\").map(Number);
    const [r0, r1, r2, c0, c1, c2] = iop as [number, number, number, number, number, number];
    const normal = [r1 * c2 - r2 * c1, r2 * c0 - r0 * c2, r0 * c1 - r1 * c0];
    expect(Math.abs(normal[0]!)).toBeCloseTo(1, 6);
    expect(ds.string("x0008103e")).toBe("T2W_TSE SAG");
  });

  it("JPGs decode with jpeg-js to the image size", () => {
    for (const f of images(files).slice(0, 40)) {
      const jpg = readFileSync(path.join(out, `${f}.jpg`));
      expect(jpg.length).toBeGreaterThan(10_000);
      expect(jpg.length).toBeLessThan(60_000);
      const img = jpeg.decode(jpg, { useTArray: true });
      expect([img.width, img.height]).toEqual([384, 384]);
    }
  });
});

describe("DICOMDIR", () => {
  it("links every image, and each record's file exists with that SOP Instance UID", () => {
    const walked = walkDicomdir(new Uint8Array(readFileSync(path.join(out, "DICOMDIR"))));
    expect(walked.filter((r) => r.type === "PATIENT")).toHaveLength(2);
    expect(walked.filter((r) => r.type === "SERIES")).toHaveLength(4);
    const imageRecords = walked.filter((r) => r.type === "IMAGE");
    expect(imageRecords).toHaveLength(70);
    for (const r of imageRecords) {
      const ds = dicomParser.parseDicom(new Uint8Array(readFileSync(path.join(out, ...r.fileId!.split("\\")))));
      expect(ds.string("x00080018")).toBe(r.sopInstanceUid);
    }
  });
});

describe("report PDF", () => {
  it("is a PDF marked SYNTHETIC with the vendor's report fields, consistent with the phantom", () => {
    const bytes = readFileSync(path.join(out, "Lumbar_Spine_MRI.pdf"));
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(bytes);
    for (const label of REPORT_LABELS) expect(text).toContain(`${label}:`);
    expect(text).toContain("SYNTHETIC");
    expect(text).toContain("Philips Intera 1.5T");
    expect(text).toMatch(/L4-L5: posterior median disc extrusion/);
  });
});

describe("determinism and re-runs", () => {
  it("UIDs are 2.25 UIDs derived from the seed", () => {
    expect(uidFor("a", "x")).toMatch(/^2\.25\.[1-9]\d*$/);
    expect(uidFor("a", "x")).toBe(uidFor("a", "x"));
    expect(uidFor("a", "x")).not.toBe(uidFor("b", "x"));
  });

  it("the same seed gives byte-identical files, also re-run over an earlier pack and with worker threads", async () => {
    const again = path.join(tmp, "again");
    await generatePack(again, { studies: 1, seed: "test" });
    await generatePack(again, { studies: 2, seed: "test", workers: 2 });
    const hash = (dir: string, f: string) =>
      createHash("sha256")
        .update(readFileSync(path.join(dir, f)))
        .digest("hex");
    expect(listFiles(again)).toEqual(files);
    for (const f of files) expect(hash(again, f), f).toBe(hash(out, f));
  }, 300_000);

  it("refuses a non-empty directory that is not a synthetic pack", async () => {
    const other = path.join(tmp, "other");
    mkdirSync(other);
    writeFileSync(path.join(other, "notes.txt"), "keep me");
    await expect(generatePack(other)).rejects.toThrow(/not empty/);
    expect(statSync(path.join(other, "notes.txt")).size).toBe(7);
  });
});

const dcmtk = hasTool("dcmdump");
const dcmtkNote = dcmtk ? "" : " (SKIPPED: dcmdump not on PATH; CI installs dcmtk)";
if (!dcmtk) console.warn(`pack.test.ts: dcmtk checks${dcmtkNote}`);

describe(`dcmtk${dcmtkNote}`, () => {
  it.skipIf(!dcmtk)("dcmdump reads every image and the DICOMDIR without a warning or error", () => {
    const args = ["DICOMDIR", ...images(files)];
    const r = run("dcmdump", args, out);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(/^(W|E|F): /m);
    expect(r.stdout.match(/# Dicom-File-Format/g)).toHaveLength(args.length);
  });

  it.skipIf(!dcmtk)("dcmdump lists one IMAGE directory record per file", () => {
    const r = run("dcmdump", ["DICOMDIR"], out);
    expect(r.stdout.match(/"Directory Record" IMAGE/g)).toHaveLength(70);
    expect(r.stdout.match(/refFileID="ST00000\d\\SE00000\d\\IM0000\d\d"/g)).toHaveLength(70);
  });

  it.skipIf(!dcmtk || !hasTool("dcmmkdir") || !hasTool("dcmodify"))(
    "dcmmkdir --append loads the directory through its offsets",
    () => {
      const copy = path.join(tmp, "dcmmkdir");
      cpSync(out, copy, { recursive: true });
      cpSync(path.join(copy, "ST000001/SE000001/IM000001"), path.join(copy, "ST000001/SE000001/IM000099"));
      expect(run("dcmodify", ["-gin", "-nb", "ST000001/SE000001/IM000099"], copy).status).toBe(0);
      // +I: dcmtk invents the type 1 PatientID/StudyID that the de-identified files leave empty.
      const r = run("dcmmkdir", ["--append", "+I", "ST000001/SE000001/IM000099"], copy);
      expect(r.status).toBe(0);
      const dump = run("dcmdump", ["DICOMDIR"], copy).stdout;
      expect(dump.match(/"Directory Record" IMAGE/g)).toHaveLength(71);
      expect(dump.match(/"Directory Record" SERIES/g)).toHaveLength(5);
    },
  );
});

const dvfy = hasTool("dciodvfy");
describe(`dicom3tools dciodvfy${dvfy ? "" : " (SKIPPED: not installed; optional)"}`, () => {
  it.skipIf(!dvfy)("finds no IOD errors in images; only the deliberate empty PatientID/StudyID in the DICOMDIR", () => {
    for (const f of ["ST000001/SE000001/IM000001", "ST000002/SE000002/IM000020"]) {
      const r = run("dciodvfy", [f], out);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/^Error/m);
    }
    const d = run("dciodvfy", ["DICOMDIR"], out);
    const errors = `${d.stdout}${d.stderr}`.split("\n").filter((l) => l.startsWith("Error"));
    expect(errors.every((l) => /Empty attribute .*<(PatientID|StudyID)>/.test(l))).toBe(true);
  });
});
