import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import {
  addPatientName,
  ensureSample,
  importPack,
  pack,
  setPublished,
  studyAt,
  type SampleStudy,
} from "./viewer-fixtures";

// Copies of the synthetic pack with their own UIDs (other seeds): one imported as a sample then unpublished, one
// imported as an ordinary (non-sample) study, one whose file carries a patient name.
let sample: SampleStudy;
let unpublished: SampleStudy;
let notSample: SampleStudy;
let phi: SampleStudy;
let phiFile: string;

test.beforeAll(() => {
  test.setTimeout(240_000);
  sample = ensureSample();
  const a = pack("viewer-unpublished");
  importPack(a);
  unpublished = studyAt(a)!;
  setPublished(unpublished.id, false);
  const b = pack("viewer-not-sample");
  importPack(b, false);
  notSample = studyAt(b)!;
  const c = pack("viewer-phi");
  phiFile = path.join(c, "ST000001", "SE000002", "IM000001");
  addPatientName(phiFile);
  importPack(c);
  phi = studyAt(c)!;
});

const dicom = (id: string) => `/api/preview/instances/${id}/dicom`;
const jpg = (id: string) => `/api/preview/instances/${id}/jpg`;
const report = (id: string) => `/api/preview/studies/${id}/report`;

test("sample files carry their type, caching headers and an ETag, and answer 304 when unchanged", async ({
  request,
}) => {
  const id = sample.sagittal[0]!;
  const r = await request.get(dicom(id));
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toBe("application/dicom");
  expect(r.headers()["cache-control"]).toBe("public, max-age=60, must-revalidate");
  const etag = r.headers()["etag"]!;
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/); // the file's sha256
  expect((await r.body()).subarray(128, 132).toString()).toBe("DICM");
  const again = await request.get(dicom(id), { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect(again.headers()["etag"]).toBe(etag);
  const image = await request.get(jpg(id));
  expect(image.headers()["content-type"]).toBe("image/jpeg");
  const jpgEtag = image.headers()["etag"]!;
  expect((await request.get(jpg(id), { headers: { "If-None-Match": jpgEtag } })).status()).toBe(304);
});

test("an unpublished sample is invisible: no listing, page or file", async ({ page, request }) => {
  await page.goto("/preview");
  await expect(page.locator(`a[href="/preview/${unpublished.id}"]`)).toHaveCount(0);
  expect((await page.goto(`/preview/${unpublished.id}`))?.status()).toBe(404);
  for (const url of [dicom(unpublished.sagittal[0]!), jpg(unpublished.axial[0]!), report(unpublished.id)]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});

test("a study imported without --sample is never served by the preview", async ({ page, request }) => {
  expect((await page.goto(`/preview/${notSample.id}`))?.status()).toBe(404);
  expect((await request.get(dicom(notSample.sagittal[0]!))).status()).toBe(404);
  expect((await request.get(report(notSample.id))).status()).toBe(404);
});

test("a file with a patient name keeps its study unpublished, and is refused even if the study is published by hand", async ({
  request,
}) => {
  expect(fs.readFileSync(phiFile).includes("DOE^JANE")).toBe(true);
  expect((await request.get(dicom(phi.axial[0]!))).status()).toBe(404);
  setPublished(phi.id, true);
  try {
    expect((await request.get(dicom(phi.axial[1]!))).status()).toBe(200); // clean files of the study
    expect((await request.get(dicom(phi.axial[0]!))).status()).toBe(404); // the file itself is checked on the way out
  } finally {
    setPublished(phi.id, false);
  }
});

test("ids that are not rows, or look like paths, answer 404", async ({ request }) => {
  for (const id of [
    "nope",
    "..%2F..%2Fetc%2Fpasswd",
    "%2Fetc%2Fpasswd",
    sample.id /* a study id is not an instance id */,
  ]) {
    expect((await request.get(dicom(id))).status(), id).toBe(404);
  }
  expect((await request.get(report(sample.sagittal[0]!))).status()).toBe(404);
});

test("the codec WebAssembly the decode worker loads is served", async ({ request }) => {
  for (const name of [
    "libjpegturbowasm_decode.wasm",
    "charlswasm_decode.wasm",
    "openjpegwasm_decode.wasm",
    "openjphjs.wasm",
    "dcmjs-native-codecs.wasm",
  ]) {
    const r = await request.get(`/dicom-codecs/${name}`);
    expect(r.status(), name).toBe(200);
    expect(r.headers()["content-type"]).toBe("application/wasm");
  }
});
