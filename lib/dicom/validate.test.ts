// Tests checkFile/checkBuffer on dcmjs-generated files: each rule yields a readable reason, valid files pass with their summary.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPart10, mrDataset, TS_EXPLICIT_LE, withTransferSyntax } from "./test-utils/build-dicom";
import { TRANSFER_SYNTAXES } from "./transfer-syntax";
import { checkBuffer, checkFile } from "./validate";
import { isValidUid } from "./validate-elements";

async function reasonOf(dataset: Record<string, unknown>, opts?: Parameters<typeof buildPart10>[1]): Promise<string> {
  const r = await checkBuffer(buildPart10(dataset, opts));
  if (r.ok) throw new Error("expected a rejection");
  return r.reason;
}

describe("checkBuffer", () => {
  it("accepts a valid MR with no warnings", async () => {
    const r = await checkBuffer(buildPart10(mrDataset()));
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.warnings).toEqual([]);
  });

  it("rejects Rows 0", async () => {
    expect(await reasonOf(mrDataset({ Rows: 0 }))).toBe("Rows is 0");
  });

  it("rejects pixel data shorter than the geometry needs", async () => {
    const short = mrDataset({ PixelData: [new Uint8Array(10).buffer] });
    expect(await reasonOf(short)).toBe(
      "pixel data holds 10 bytes, but 4x4 x 1 frame(s) x 1 sample(s) x 16 bits needs 32",
    );
  });

  it("counts 1-bit pixel data as packed bits", async () => {
    const seg = mrDataset({
      Rows: 8,
      Columns: 8,
      BitsAllocated: 1,
      BitsStored: 1,
      HighBit: 0,
      PixelData: [new Uint8Array(8).buffer],
      _vrMap: { PixelData: "OB" },
    });
    expect((await checkBuffer(buildPart10(seg))).ok).toBe(true);
    expect(await reasonOf({ ...seg, PixelData: [new Uint8Array(6).buffer] })).toMatch(/holds 6 bytes.*needs 8/);
  });

  it("rejects an unknown transfer syntax", async () => {
    const bytes = withTransferSyntax(buildPart10(mrDataset()), TS_EXPLICIT_LE, "1.2.3.4.5.6.7.8.9.10");
    const r = await checkBuffer(bytes);
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
    [
      "RGB with one sample",
      { PhotometricInterpretation: "RGB" },
      "PhotometricInterpretation RGB needs SamplesPerPixel 3, not 1",
    ],
    [
      "unknown photometric",
      { PhotometricInterpretation: "GREENISH" },
      'PhotometricInterpretation "GREENISH" is not supported',
    ],
    ["NumberOfFrames not a number", { NumberOfFrames: "A1" }, 'NumberOfFrames is "A1", not an integer'],
    ["more frames than pixel data", { NumberOfFrames: 3 }, /needs 96/],
    ["more frames than pixel data, even when NumberOfFrames is sloppy", { NumberOfFrames: "3A" }, /needs 96/],
  ])("rejects %s", async (_, overrides, reason) => {
    expect(await reasonOf(mrDataset(overrides))).toMatch(
      typeof reason === "string" ? new RegExp(`^${reason.replace(/[()[\].*+?^$|\\]/g, "\\$&")}`) : reason,
    );
  });

  it("accepts files without pixel data when their UIDs are valid (e.g. structured reports)", async () => {
    const sr = {
      SOPClassUID: "1.2.840.10008.5.1.4.1.1.88.11",
      SOPInstanceUID: "1.2.3.4.5",
      StudyInstanceUID: "1.2.3.4",
      SeriesInstanceUID: "1.2.3.4.6",
      Modality: "SR",
    };
    const r = await checkBuffer(buildPart10(sr));
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.pixelData).toBeNull();
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      "a non-conformant SOP Instance UID",
      { SOPInstanceUID: "1.2.03.x" },
      /^(Media Storage )?SOP Instance UID \(000[28],00[01][38]\) is not a valid UID: "1\.2\.03\.x"$/,
    ],
    [
      "a NumberOfFrames with trailing junk",
      { NumberOfFrames: "1A" },
      /^NumberOfFrames is "1A", not an integer; read as 1$/,
    ],
  ])(
    "tolerates %s when the pixels decode, listing it in the warnings (issue 12: what dcmtk reads, we import)",
    async (_, overrides, warning) => {
      const r = await checkBuffer(buildPart10(mrDataset(overrides)));
      if (!r.ok) throw new Error(r.reason);
      expect(r.summary.warnings.length).toBeGreaterThan(0);
      for (const w of r.summary.warnings) expect(w).toMatch(warning);
      expect(r.summary.tolerated).toEqual(r.summary.warnings);
    },
  );

  it("reads a file without preamble and 'DICM' that starts with its File Meta Information, and one without the meta group length", async () => {
    const full = buildPart10(mrDataset());
    const bare = await checkBuffer(full.subarray(132));
    if (!bare.ok) throw new Error(bare.reason);
    expect(bare.summary.warnings).toEqual([expect.stringMatching(/^no 128-byte preamble and 'DICM' prefix/)]);
    // Drop (0002,0000) UL: 12 bytes right after "DICM".
    const noLength = new Uint8Array([...full.subarray(0, 132), ...full.subarray(144)]);
    const r = await checkBuffer(noLength);
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.warnings).toEqual(["File Meta Information Group Length (0002,0000) is missing"]);
  });

  it("warns (does not reject) when UIDs are missing", async () => {
    const r = await checkBuffer(buildPart10(mrDataset({ StudyInstanceUID: undefined })));
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.warnings).toContain("Study Instance UID is missing");
  });

  it("rejects a data set holding only private attributes", async () => {
    const reason = await reasonOf(
      {},
      { raw: { "00091010": { vr: "LO", Value: ["ACME"] }, "00091011": { vr: "LO", Value: ["x"] } } },
    );
    expect(reason).toMatch(/only private attributes/);
  });

  it("rejects a private creator whose VR is not LO (a damaged Pixel Data tag)", async () => {
    const reason = await reasonOf(mrDataset(), {
      raw: { "7FE10010": { vr: "OW", Value: [new Uint8Array(4).buffer] } },
    });
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
  it("every transfer syntax UID in the table is a valid UID", async () => {
    for (const uid of TRANSFER_SYNTAXES.keys()) expect(isValidUid(uid), uid).toBe(true);
  });
});
