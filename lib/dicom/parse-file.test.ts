// Tests the guarded Part 10 reader on dcmjs-generated files: summary extraction, every encoding, and no throw on damaged input.
import { describe, expect, it } from "vitest";
import { parseDicomFile } from "./parse-file";
import {
  buildDeflated,
  buildPart10,
  MR_SUMMARY,
  mrDataset,
  TS_EXPLICIT_BE,
  TS_IMPLICIT_LE,
} from "./test-utils/build-dicom";

/** The data set alone: no preamble, no 'DICM', no File Meta Information (the group length at 140 says where it ends). */
function bareDataSet(): Uint8Array {
  const b = buildPart10(mrDataset());
  return b.slice(144 + new DataView(b.buffer, b.byteOffset).getUint32(140, true));
}

describe("parseDicomFile", () => {
  it("extracts the typed summary of an explicit VR little endian MR", () => {
    const r = parseDicomFile(buildPart10(mrDataset()));
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary).toMatchObject(MR_SUMMARY);
    expect(r.summary.pixelData).toMatchObject({
      keyword: "PixelData",
      length: 32,
      encapsulated: false,
      fragments: [],
      byteSource: "file",
    });
    const px = r.summary.pixelData!;
    expect(new Uint16Array(r.bytes.slice(px.offset, px.offset + 4).buffer)[1]).toBe(100);
  });

  it.each([
    ["implicit VR little endian", TS_IMPLICIT_LE],
    ["explicit VR big endian", TS_EXPLICIT_BE],
  ])("reads %s", (_, ts) => {
    const r = parseDicomFile(buildPart10(mrDataset(), { transferSyntaxUid: ts }));
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary).toMatchObject({
      transferSyntaxUid: ts,
      rows: 4,
      columns: 4,
      sopInstanceUid: "1.2.826.0.1.3680043.8.498.1",
    });
    expect(r.summary.imageOrientationPatient).toEqual([0, 1, 0, 0, 0, -1]);
  });

  it("inflates Deflated Explicit VR Little Endian without dicom-parser's junk preamble elements", () => {
    const r = parseDicomFile(buildDeflated(mrDataset()));
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.rows).toBe(4);
    expect(r.summary.pixelData?.byteSource).toBe("inflated");
    expect(Object.keys(r.dataSet.elements).filter((t) => !/^x(0002|0008|0010|0018|0020|0028|7fe0)/.test(t))).toEqual(
      [],
    );
  });

  it("falls back to the file meta SOP Instance UID", () => {
    const r = parseDicomFile(buildPart10(mrDataset({ SOPInstanceUID: undefined }), {}));
    if (!r.ok) throw new Error(r.reason);
    expect(r.summary.sopInstanceUid).toBe("1.2.826.0.1.3680043.8.498.99");
  });

  it.each<[string, Uint8Array, RegExp]>([
    ["an empty file", new Uint8Array(0), /empty/],
    ["a gzip stream", new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), /gzip/],
    ["text", new TextEncoder().encode("hello, this is not DICOM at all\n".repeat(10)), /text/],
    ["a file shorter than the preamble", new Uint8Array(100), /too short/],
    ["a bare data set without preamble", bareDataSet(), /no 128-byte preamble/],
    [
      "a file cut inside the file meta",
      buildPart10(mrDataset()).slice(0, 170),
      /ends inside the File Meta Information/,
    ],
    [
      "a file cut inside the pixel data",
      buildPart10(mrDataset()).slice(0, -10),
      /truncated or damaged: element \(7FE0,0010\)/,
    ],
  ])("rejects %s with a reason", (_, bytes, reason) => {
    const r = parseDicomFile(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  // A hang fails on the test timeout; no wall-clock assertion (a busy CI machine is not a benchmark).
  it("never throws on truncated or bit-flipped files", () => {
    const base = buildPart10(mrDataset());
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 400; i++) {
      const bytes = i % 2 ? base.slice(0, Math.floor(rand() * base.length)) : base.slice();
      if (i % 2 === 0)
        for (let k = 0; k < 1 + (i % 7); k++) bytes[Math.floor(rand() * bytes.length)]! ^= 1 << Math.floor(rand() * 8);
      const r = parseDicomFile(bytes);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
    }
  });
});
