import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPart10, mrDataset } from "@/lib/dicom/test-utils/build-dicom";
import { createScratchDb, type ScratchDb } from "@/lib/testing/scratch-db";
import { findSampleInstanceFile, findSampleReport } from "./find-sample-file";
import sharp from "sharp";
import { RENDER_VERSION } from "./render-jpg";
import { serveSampleFile } from "./serve-sample-file";
import { seedPreviewFixture, type PreviewFixture } from "./test-utils/fixtures";

let scratch: ScratchDb;
let fx: PreviewFixture;
const req = (headers: Record<string, string> = {}) => new Request("http://localhost/x", { headers });

beforeAll(async () => {
  scratch = await createScratchDb();
  fx = await seedPreviewFixture(scratch.db);
});
afterAll(async () => {
  fx?.cleanup();
  await scratch?.cleanup();
});

describe("serveSampleFile", () => {
  it("serves a clean DICOM with its sha256 as ETag, and 304 when the client has it", async () => {
    const file = await findSampleInstanceFile(scratch.db, fx.published.sagittal[0]!, "dicom");
    const r = await serveSampleFile(req(), "dicom", file);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/dicom");
    expect(r.headers.get("etag")).toBe(`"${file!.sha256}"`);
    expect(r.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await r.arrayBuffer()).length).toBe(file!.sizeBytes);
    const again = await serveSampleFile(req({ "if-none-match": `"${file!.sha256}"` }), "dicom", file);
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(`"${file!.sha256}"`);
  });

  it("serves a checked DICOM again from memory, but checks it afresh once the file changes", async () => {
    const published = (await findSampleInstanceFile(scratch.db, fx.published.sagittal[1]!, "dicom"))!;
    const key = "cache-probe/slice.dcm";
    const onDisk = path.join(fx.root, ...key.split("/"));
    fs.mkdirSync(path.dirname(onDisk), { recursive: true });
    fs.copyFileSync(path.join(fx.root, ...published.key.split("/")), onDisk);
    const file = { ...published, key };
    const first = new Uint8Array(await (await serveSampleFile(req(), "dicom", file)).arrayBuffer());
    const second = new Uint8Array(await (await serveSampleFile(req(), "dicom", file)).arrayBuffer());
    expect(second).toEqual(first);
    // Same key and claimed hash, but the bytes on disk now name a patient (and are newer): never the cached copy.
    fs.writeFileSync(onDisk, buildPart10(mrDataset({ PatientName: "DOE^JOHN" })));
    fs.utimesSync(onDisk, new Date(), new Date(Date.now() + 60_000));
    const orig = console.error;
    console.error = () => undefined;
    try {
      expect((await serveSampleFile(req(), "dicom", file)).status).toBe(404);
    } finally {
      console.error = orig;
    }
  });

  it("refuses a DICOM that still carries an identifying attribute", async () => {
    const file = await findSampleInstanceFile(scratch.db, fx.phi.instanceId, "dicom");
    expect(file).not.toBeNull();
    const errors: unknown[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      expect((await serveSampleFile(req(), "dicom", file)).status).toBe(404);
    } finally {
      console.error = orig;
    }
    expect(String(errors[0])).toContain("PatientName");
  });

  it("renders the JPG from the checked DICOM pixels, never the vendor's JPG", async () => {
    const file = await findSampleInstanceFile(scratch.db, fx.published.axial[0]!, "jpg");
    const jpg = await serveSampleFile(req(), "jpg", file);
    expect(jpg.status).toBe(200);
    expect(jpg.headers.get("content-type")).toBe("image/jpeg");
    const bytes = Buffer.from(await jpg.arrayBuffer());
    expect(bytes.toString()).not.toBe("jpg-bytes"); // what the fixture's vendor JPG holds
    // The fixture's 4x4 ramp 0..1500 at window 600/1200: first pixel black, last white, one grey channel.
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height, meta.channels]).toEqual(["jpeg", 4, 4, 1]);
    const { data } = await sharp(bytes).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeLessThan(10);
    expect(data[15]).toBeGreaterThan(245);
    const etag = jpg.headers.get("etag")!;
    expect(etag).toBe(`"${file!.sha256}-${RENDER_VERSION}"`);
    expect((await serveSampleFile(req({ "if-none-match": etag }), "jpg", file)).status).toBe(304);
    // The file with a patient name yields no JPG either.
    const orig = console.error;
    console.error = () => undefined;
    try {
      expect(
        (await serveSampleFile(req(), "jpg", await findSampleInstanceFile(scratch.db, fx.phi.instanceId, "jpg")))
          .status,
      ).toBe(404);
    } finally {
      console.error = orig;
    }
  });

  it("streams the PDF report with its type and a weak ETag", async () => {
    const pdf = await serveSampleFile(req(), "report", await findSampleReport(scratch.db, fx.published.studyId));
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toBe('inline; filename="Lumbar_Spine_MRI.pdf"');
    const etag = pdf.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    expect(
      (
        await serveSampleFile(
          req({ "if-none-match": etag }),
          "report",
          await findSampleReport(scratch.db, fx.published.studyId),
        )
      ).status,
    ).toBe(304);
  });

  it("answers 404 for nothing, a missing file and a key escaping the root", async () => {
    expect((await serveSampleFile(req(), "dicom", null)).status).toBe(404);
    const base = { storageRoot: fx.root, sha256: null, sizeBytes: null, fileName: "x" };
    expect((await serveSampleFile(req(), "jpg", { ...base, key: "missing" })).status).toBe(404);
    expect((await serveSampleFile(req(), "jpg", { ...base, key: "../outside" })).status).toBe(404);
    expect((await serveSampleFile(req(), "report", { ...base, key: "missing.pdf" })).status).toBe(404);
  });
});
