import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "@/lib/testing/scratch-db";
import { findSampleInstanceFile, findSampleReport } from "./find-sample-file";
import { serveSampleFile } from "./serve-sample-file";
import { seedPreviewFixture, type PreviewFixture } from "./test-fixtures";

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

  it("streams JPGs and the PDF report with their types and a weak ETag", async () => {
    const jpg = await serveSampleFile(req(), "jpg", await findSampleInstanceFile(scratch.db, fx.published.axial[0]!, "jpg"));
    expect(jpg.headers.get("content-type")).toBe("image/jpeg");
    expect(await jpg.text()).toBe("jpg-bytes");
    const pdf = await serveSampleFile(req(), "report", await findSampleReport(scratch.db, fx.published.studyId));
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toBe('inline; filename="Lumbar_Spine_MRI.pdf"');
    const etag = pdf.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    expect((await serveSampleFile(req({ "if-none-match": etag }), "report", await findSampleReport(scratch.db, fx.published.studyId))).status).toBe(304);
  });

  it("answers 404 for nothing, a missing file and a key escaping the root", async () => {
    expect((await serveSampleFile(req(), "dicom", null)).status).toBe(404);
    const base = { storageRoot: fx.root, sha256: null, sizeBytes: null, fileName: "x" };
    expect((await serveSampleFile(req(), "jpg", { ...base, key: "missing.jpg" })).status).toBe(404);
    expect((await serveSampleFile(req(), "jpg", { ...base, key: "../outside" })).status).toBe(404);
  });
});
