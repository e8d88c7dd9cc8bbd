// The first frame's codestream header against the Image Pixel module, on hand-built JPEG, JPEG-LS, JPEG 2000 and RLE
// headers: a consistent header passes, and each inconsistency is named with the numbers that disagree.
import { describe, expect, it } from "vitest";
import { codestreamProblem } from "./codestream";
import { transferSyntax, type TransferSyntaxInfo } from "./transfer-syntax";
import type { DicomSummary } from "./types";

const ts = (uid: string): TransferSyntaxInfo => transferSyntax(uid)!;
const BASELINE = ts("1.2.840.10008.1.2.4.50");
const LOSSLESS = ts("1.2.840.10008.1.2.4.70");
const JPEG_LS = ts("1.2.840.10008.1.2.4.80");
const J2K = ts("1.2.840.10008.1.2.4.90");
const RLE = ts("1.2.840.10008.1.2.5");

const summary = (over: Partial<DicomSummary> = {}) =>
  ({ rows: 2, columns: 4, samplesPerPixel: 1, bitsAllocated: 8, ...over }) as DicomSummary;

const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [...be16(Math.floor(n / 0x10000)), ...be16(n & 0xffff)];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

/** SOI, a frame header (SOFn) and a scan header (SOS), as a JPEG or JPEG-LS encoder writes them. */
function jpeg(o: {
  sof?: number;
  precision?: number;
  width?: number;
  height?: number;
  components?: number;
  ss?: number;
  se?: number;
  ahal?: number;
  scan?: boolean;
}): Uint8Array {
  const nf = o.components ?? 1;
  const sofBody = [o.precision ?? 8, ...be16(o.height ?? 2), ...be16(o.width ?? 4), nf];
  for (let i = 0; i < nf; i++) sofBody.push(i + 1, 0x11, 0);
  const sof = [0xff, o.sof ?? 0xc0, ...be16(sofBody.length + 2), ...sofBody];
  const sosBody = [1, 1, 0, o.ss ?? 0, o.se ?? 63, o.ahal ?? 0];
  const sos = [0xff, 0xda, ...be16(sosBody.length + 2), ...sosBody];
  return new Uint8Array([0xff, 0xd8, ...sof, ...(o.scan === false ? [] : sos)]);
}

describe("codestreamProblem: JPEG", () => {
  it("passes a consistent baseline header, also after fill bytes and an APP segment", () => {
    expect(codestreamProblem(jpeg({}), BASELINE, summary(), true)).toBeNull();
    const withApp = new Uint8Array([0xff, 0xd8, 0xff, 0xff, 0xe0, 0, 4, 0, 0, ...jpeg({}).slice(2)]);
    expect(codestreamProblem(withApp, BASELINE, summary(), true)).toBeNull();
  });

  it("names a missing SOI, a size or component mismatch", () => {
    expect(codestreamProblem(new Uint8Array([0, 0, 0, 0]), BASELINE, summary(), true)).toBe(
      "first JPEG frame does not start with an SOI marker (FFD8)",
    );
    expect(codestreamProblem(jpeg({ width: 8 }), BASELINE, summary(), true)).toBe(
      "JPEG codestream is 8x2 pixels but Columns x Rows is 4x2",
    );
    expect(codestreamProblem(jpeg({ components: 3 }), BASELINE, summary(), true)).toBe(
      "JPEG frame has 3 component(s) but SamplesPerPixel is 1",
    );
  });

  it("accepts a frame height of 0 (defined later by DNL)", () => {
    expect(codestreamProblem(jpeg({ height: 0 }), BASELINE, summary(), true)).toBeNull();
  });

  it("checks the scan header against the process", () => {
    expect(codestreamProblem(jpeg({ se: 10 }), BASELINE, summary(), true)).toBe(
      "JPEG scan header is invalid for sequential DCT: spectral selection 0..10, approximation 0/0 (must be 0..63, 0/0)",
    );
    expect(codestreamProblem(jpeg({ sof: 0xc2, ss: 5, se: 2 }), BASELINE, summary(), true)).toBe(
      "JPEG progressive scan has invalid spectral selection 5..2",
    );
    expect(codestreamProblem(jpeg({ sof: 0xc3, ss: 1, se: 0 }), LOSSLESS, summary(), true)).toBeNull();
    expect(codestreamProblem(jpeg({ sof: 0xc3, ss: 0, se: 0 }), LOSSLESS, summary(), true)).toBe(
      "JPEG lossless scan header is invalid: predictor 0, Se 0, point transform 0",
    );
    expect(codestreamProblem(jpeg({ sof: 0xc3, ss: 1, se: 0, ahal: 8 }), LOSSLESS, summary(), true)).toBe(
      "JPEG lossless scan header is invalid: predictor 1, Se 0, point transform 8",
    );
  });

  it("names a stream that ends, or scans, in the wrong place", () => {
    expect(codestreamProblem(new Uint8Array([0xff, 0xd8, 0xff, 0xd9, 0, 0]), BASELINE, summary(), true)).toBe(
      "JPEG stream ends (EOI) before any scan",
    );
    expect(
      codestreamProblem(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0]), BASELINE, summary(), true),
    ).toBe("JPEG scan starts before any frame header (SOF)");
    expect(codestreamProblem(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 0, 0]), BASELINE, summary(), true)).toBe(
      "JPEG segment at byte 2 has an invalid length 1",
    );
    expect(codestreamProblem(new Uint8Array([0xff, 0xd8, 0x12, 0x34, 0, 0]), BASELINE, summary(), true)).toBe(
      "JPEG marker expected at byte 2 of the first frame",
    );
  });

  it("only requires a scan header when the whole frame is at hand", () => {
    const headerOnly = jpeg({ scan: false });
    expect(codestreamProblem(headerOnly, BASELINE, summary(), true)).toBe(
      "first JPEG frame ends before any scan header",
    );
    expect(codestreamProblem(headerOnly, BASELINE, summary(), false)).toBeNull();
  });
});

describe("codestreamProblem: JPEG-LS", () => {
  it("checks the interleave mode (0 to 2)", () => {
    expect(codestreamProblem(jpeg({ sof: 0xf7, se: 0 }), JPEG_LS, summary(), true)).toBeNull();
    expect(codestreamProblem(jpeg({ sof: 0xf7, se: 3 }), JPEG_LS, summary(), true)).toBe(
      "JPEG-LS scan has an invalid interleave mode 3",
    );
    expect(codestreamProblem(jpeg({ sof: 0xf7, width: 5 }), JPEG_LS, summary(), true)).toBe(
      "JPEG-LS codestream is 5x2 pixels but Columns x Rows is 4x2",
    );
  });
});

/** SOC then SIZ: image size and offset, tile size and offset, component count. */
function j2k(o: { width?: number; height?: number; x0?: number; y0?: number; components?: number; pad?: number }) {
  const x0 = o.x0 ?? 0;
  const y0 = o.y0 ?? 0;
  const siz = [
    ...be16(0), // Rsiz
    ...be32((o.width ?? 4) + x0),
    ...be32((o.height ?? 2) + y0),
    ...be32(x0),
    ...be32(y0),
    ...be32(64),
    ...be32(64),
    ...be32(0),
    ...be32(0),
    ...be16(o.components ?? 1),
    7,
    1,
    1,
  ];
  return new Uint8Array([...new Array(o.pad ?? 0).fill(0), 0xff, 0x4f, 0xff, 0x51, ...be16(siz.length + 2), ...siz]);
}

describe("codestreamProblem: JPEG 2000", () => {
  it("finds the codestream after a JP2 box prefix and measures the image from the SIZ offsets", () => {
    expect(codestreamProblem(j2k({}), J2K, summary(), true)).toBeNull();
    expect(codestreamProblem(j2k({ pad: 40, x0: 100, y0: 7 }), J2K, summary(), true)).toBeNull();
  });

  it("names a missing codestream, a truncated SIZ, a size or component mismatch", () => {
    expect(codestreamProblem(new Uint8Array(100), J2K, summary(), true)).toBe(
      "first fragment holds no JPEG 2000 codestream (no SOC/SIZ markers)",
    );
    expect(codestreamProblem(j2k({}).slice(0, 30), J2K, summary(), true)).toBe("JPEG 2000 SIZ header is truncated");
    expect(codestreamProblem(j2k({ height: 3 }), J2K, summary(), true)).toBe(
      "JPEG 2000 codestream is 4x3 pixels but Columns x Rows is 4x2",
    );
    expect(codestreamProblem(j2k({ components: 1 }), J2K, summary({ samplesPerPixel: 3 }), true)).toBe(
      "JPEG 2000 codestream has 1 component(s) but SamplesPerPixel is 3",
    );
  });
});

function rle(segments: number, offsets: number[], length = 80): Uint8Array {
  const b = new Uint8Array(length);
  b.set(le32(segments), 0);
  offsets.forEach((o, i) => b.set(le32(o), 4 + i * 4));
  return b;
}

describe("codestreamProblem: RLE", () => {
  it("passes a header with one segment per byte of each sample, the first at 64", () => {
    expect(codestreamProblem(rle(1, [64]), RLE, summary(), true)).toBeNull();
    expect(codestreamProblem(rle(2, [64, 70]), RLE, summary({ bitsAllocated: 16 }), true)).toBeNull();
  });

  it("names each header inconsistency", () => {
    expect(codestreamProblem(new Uint8Array(10), RLE, summary(), true)).toBe(
      "RLE frame is shorter than its 64-byte header",
    );
    expect(codestreamProblem(rle(16, [64]), RLE, summary(), true)).toBe(
      "RLE header declares 16 segments (1 to 15 allowed)",
    );
    expect(codestreamProblem(rle(1, [64]), RLE, summary({ samplesPerPixel: 3 }), true)).toBe(
      "RLE frame has 1 segment(s) but 3 are needed for the samples and bit depth",
    );
    expect(codestreamProblem(rle(1, [60]), RLE, summary(), true)).toBe("RLE header's first segment offset is not 64");
  });

  it("checks segment starts against the frame's end only when the frame is complete", () => {
    const b = rle(2, [64, 500], 80);
    expect(codestreamProblem(b, RLE, summary({ bitsAllocated: 16 }), true)).toBe(
      "RLE segment 2 starts past the end of the frame",
    );
    expect(codestreamProblem(b, RLE, summary({ bitsAllocated: 16 }), false)).toBeNull();
  });
});

describe("codestreamProblem: other syntaxes", () => {
  it("does not check codecs it has no rules for", () => {
    expect(codestreamProblem(new Uint8Array(4), ts("1.2.840.10008.1.2.1.98"), summary(), true)).toBeNull();
    expect(codestreamProblem(new Uint8Array(4), ts("1.2.840.10008.1.2.4.100"), summary(), true)).toBeNull();
  });
});
