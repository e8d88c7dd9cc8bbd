// Tests checkFile/checkBuffer on dcmjs-generated files: each rule yields a readable reason, valid files pass with their summary.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPart10, mrDataset, TS_EXPLICIT_LE, withTransferSyntax } from "./test-utils/build-dicom";
import { TRANSFER_SYNTAXES } from "./transfer-syntax";
import { checkBuffer, checkFile } from "./validate";
import { isValidUid } from "./validate-elements";

function reasonOf(dataset: Record<string, unknown>, opts?: Parameters<typeof buildPart10>[1]): string {
  const r = checkBuffer(buildPart10(dataset, opts));
  if (r.ok) throw new Error("expected a rejection");
  return r.reason;
}

describe("checkBuffer", () => {
  it("accepts a valid MR with no warnings", () => {
    const r = checkBuffer(buildPart10(mrDataset()));
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.warnings).toEqual([]);
  });

  it("rejects Rows 0", () => {
    expect(reasonOf(mrDataset({ Rows: 0 }))).toBe("Rows is 0");
  });

  it("rejects pixel data shorter than the geometry needs", () => {
    const short = mrDataset({ PixelData: [new Uint8Array(10).buffer] });
    expect(reasonOf(short)).toBe("pixel data holds 10 bytes, but 4x4 x 1 frame(s) x 1 sample(s) x 16 bits needs 32");
  });

  it("counts 1-bit pixel data as packed bits", () => {
    const seg = mrDataset({ Rows: 8, Columns: 8, BitsAllocated: 1, BitsStored: 1, HighBit: 0, PixelData: [new Uint8Array(8).buffer], _vrMap: { PixelData: "OB" } });
    expect(checkBuffer(buildPart10(seg)).ok).toBe(true);
    expect(reasonOf({ ...seg, PixelData: [new Uint8Array(6).buffer] })).toMatch(/holds 6 bytes.*needs 8/);
  });

  it("rejects an unknown transfer syntax", () => {
    const bytes = withTransferSyntax(buildPart10(mrDataset()), TS_EXPLICIT_LE, "1.2.3.4.5.6.7.8.9.10");
    const r = checkBuffer(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^unknown transfer syntax 1\.2\.3\.4\.5\.6\.7\.8\.9\.10/);
  });

  it.each<[string, Record<string, unknown>, string | RegExp]>([
    ["Columns missing", { Columns: undefined }, "Columns is missing"],
    ["BitsAllocated 12", { BitsAllocated: 12 }, /BitsAllocated is 12; expected 1, 8, 16, 32 or 64/],
    ["BitsStored > BitsAllocated", { BitsStored: 17, HighBit: 16 }, "BitsStored is 17 but BitsAllocated is 16"],
    ["HighBit not BitsStored-1", { HighBit: 15 }, "HighBit is 15 but BitsStored is 12 (expected 11)"],
    ["PixelRepresentation 2", { PixelRepresentation: 2 }, "PixelRepresentation is 2; expected 0 or 1"],
    ["SamplesPerPixel 4", { SamplesPerPixel: 4 }, /SamplesPerPixel is 4; expected 1 or 3/],
    ["RGB with one sample", { PhotometricInterpretation: "RGB" }, "PhotometricInterpretation RGB needs SamplesPerPixel 3, not 1"],
    ["unknown photometric", { PhotometricInterpretation: "GREENISH" }, 'PhotometricInterpretation "GREENISH" is not supported'],
    ["NumberOfFrames not an integer", { NumberOfFrames: "1A" }, 'NumberOfFrames is "1A", not an integer'],
    ["more frames than pixel data", { NumberOfFrames: 3 }, /needs 96/],
    ["malformed SOP Instance UID", { SOPInstanceUID: "1.2.03.x" }, /SOP Instance UID \(0008,0018\) is not a valid UID/],
  ])("rejects %s", (_, overrides, reason) => {
    expect(reasonOf(mrDataset(overrides))).toMatch(typeof reason === "string" ? new RegExp(`^${reason.replace(/[()[\].*+?^$|\\]/g, "\\$&")}`) : reason);
  });

  it("accepts files without pixel data when their UIDs are valid (e.g. structured reports)", () => {
    const sr = { SOPClassUID: "1.2.840.10008.5.1.4.1.1.88.11", SOPInstanceUID: "1.2.3.4.5", StudyInstanceUID: "1.2.3.4", SeriesInstanceUID: "1.2.3.4.6", Modality: "SR" };
    const r = checkBuffer(buildPart10(sr));
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.pixelData).toBeNull();
  });

  it("warns (does not reject) when UIDs are missing", () => {
    const r = checkBuffer(buildPart10(mrDataset({ StudyInstanceUID: undefined })));
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.warnings).toContain("Study Instance UID is missing");
  });

  it("rejects a data set holding only private attributes", () => {
    const reason = reasonOf({}, { raw: { "00091010": { vr: "LO", Value: ["ACME"] }, "00091011": { vr: "LO", Value: ["x"] } } });
    expect(reason).toMatch(/only private attributes/);
  });

  it("rejects a private creator whose VR is not LO (a damaged Pixel Data tag)", () => {
    const reason = reasonOf(mrDataset(), { raw: { "7FE10010": { vr: "OW", Value: [new Uint8Array(4).buffer] } } });
    expect(reason).toMatch(/private creator \(7FE1,0010\) has VR OW/);
  });
});

describe("checkFile", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("reads a path, and reports missing paths without throwing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dicom-check-"));
    dirs.push(dir);
    const file = path.join(dir, "IM000001");
    await writeFile(file, buildPart10(mrDataset()));
    expect((await checkFile(file)).ok).toBe(true);
    expect(await checkFile(path.join(dir, "nope"))).toEqual({ ok: false, reason: "file does not exist" });
    expect(await checkFile(dir)).toEqual({ ok: false, reason: "file is a directory" });
  });
});

describe("tables", () => {
  it("every transfer syntax UID in the table is a valid UID", () => {
    for (const uid of TRANSFER_SYNTAXES.keys()) expect(isValidUid(uid), uid).toBe(true);
  });
});
