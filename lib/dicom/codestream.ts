// Sanity-checks the header of the first compressed frame (JPEG, JPEG-LS, JPEG 2000, RLE) against the Image Pixel module, without decoding.
import type { TransferSyntaxInfo } from "./transfer-syntax";
import type { DicomSummary } from "./types";

const u16 = (b: Uint8Array, p: number) => ((b[p] ?? 0) << 8) | (b[p + 1] ?? 0);
const u32 = (b: Uint8Array, p: number) => u16(b, p) * 0x10000 + u16(b, p + 2);
const u32le = (b: Uint8Array, p: number) =>
  ((b[p] ?? 0) | ((b[p + 1] ?? 0) << 8) | ((b[p + 2] ?? 0) << 16)) + (b[p + 3] ?? 0) * 0x1000000;

const SOF_DCT_SEQUENTIAL = new Set([0xc0, 0xc1, 0xc5, 0xc9, 0xcd]);
const SOF_PROGRESSIVE = new Set([0xc2, 0xc6, 0xca, 0xce]);
const SOF_LOSSLESS = new Set([0xc3, 0xc7, 0xcb, 0xcf]);
const SOF_JPEG_LS = 0xf7;

function sizeMismatch(kind: string, width: number, height: number, s: DicomSummary): string | null {
  if (width === s.columns && (height === s.rows || height === 0)) return null;
  return `${kind} codestream is ${width}x${height} pixels but Columns x Rows is ${s.columns}x${s.rows}`;
}

/** Walks JPEG / JPEG-LS markers up to the first scan header. */
function jpegProblem(b: Uint8Array, s: DicomSummary, jpegLs: boolean, complete: boolean): string | null {
  const kind = jpegLs ? "JPEG-LS" : "JPEG";
  if (b[0] !== 0xff || b[1] !== 0xd8) return `first ${kind} frame does not start with an SOI marker (FFD8)`;
  let pos = 2;
  let sof = -1;
  let precision = 0;
  while (pos + 4 <= b.length) {
    if (b[pos] !== 0xff) return `${kind} marker expected at byte ${pos} of the first frame`;
    const marker = b[pos + 1] ?? 0;
    if (marker === 0xff) {
      pos += 1;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += 2;
      continue;
    }
    if (marker === 0xd9) return `${kind} stream ends (EOI) before any scan`;
    const len = u16(b, pos + 2);
    if (len < 2) return `${kind} segment at byte ${pos} has an invalid length ${len}`;
    const seg = pos + 4;
    if (
      (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) ||
      marker === SOF_JPEG_LS
    ) {
      sof = marker;
      precision = b[seg] ?? 0;
      const mismatch = sizeMismatch(kind, u16(b, seg + 3), u16(b, seg + 1), s);
      if (mismatch) return mismatch;
      const nf = b[seg + 5] ?? 0;
      if (nf !== (s.samplesPerPixel ?? 1))
        return `${kind} frame has ${nf} component(s) but SamplesPerPixel is ${s.samplesPerPixel ?? 1}`;
    } else if (marker === 0xda) {
      if (sof < 0) return `${kind} scan starts before any frame header (SOF)`;
      const ns = b[seg] ?? 0;
      const p = seg + 1 + ns * 2;
      const ss = b[p] ?? 0,
        se = b[p + 1] ?? 0,
        ah = (b[p + 2] ?? 0) >> 4,
        al = (b[p + 2] ?? 0) & 15;
      if (jpegLs) return se > 2 ? `JPEG-LS scan has an invalid interleave mode ${se}` : null;
      if (SOF_DCT_SEQUENTIAL.has(sof) && (ss !== 0 || se !== 63 || ah !== 0 || al !== 0)) {
        return `JPEG scan header is invalid for sequential DCT: spectral selection ${ss}..${se}, approximation ${ah}/${al} (must be 0..63, 0/0)`;
      }
      if (SOF_PROGRESSIVE.has(sof) && (ss > se || se > 63))
        return `JPEG progressive scan has invalid spectral selection ${ss}..${se}`;
      if (SOF_LOSSLESS.has(sof) && (ss < 1 || ss > 7 || se !== 0 || ah !== 0 || al >= precision)) {
        return `JPEG lossless scan header is invalid: predictor ${ss}, Se ${se}, point transform ${al}`;
      }
      return null;
    }
    pos += 2 + len;
  }
  return complete ? `first ${kind} frame ends before any scan header` : null;
}

function j2kProblem(b: Uint8Array, s: DicomSummary): string | null {
  const limit = Math.min(b.length - 4, 65536);
  let soc = -1;
  for (let i = 0; i <= limit; i++) {
    if (b[i] === 0xff && b[i + 1] === 0x4f && b[i + 2] === 0xff && b[i + 3] === 0x51) {
      soc = i;
      break;
    }
  }
  if (soc < 0) return "first fragment holds no JPEG 2000 codestream (no SOC/SIZ markers)";
  const p = soc + 6;
  if (p + 38 > b.length) return "JPEG 2000 SIZ header is truncated";
  const width = u32(b, p + 2) - u32(b, p + 10);
  const height = u32(b, p + 6) - u32(b, p + 14);
  const mismatch = sizeMismatch("JPEG 2000", width, height, s);
  if (mismatch) return mismatch;
  const csiz = u16(b, p + 34);
  if (csiz < (s.samplesPerPixel ?? 1))
    return `JPEG 2000 codestream has ${csiz} component(s) but SamplesPerPixel is ${s.samplesPerPixel ?? 1}`;
  return null;
}

function rleProblem(b: Uint8Array, s: DicomSummary, complete: boolean): string | null {
  if (b.length < 64) return "RLE frame is shorter than its 64-byte header";
  const segments = u32le(b, 0);
  const expected = (s.samplesPerPixel ?? 1) * Math.ceil((s.bitsAllocated ?? 8) / 8);
  if (segments < 1 || segments > 15) return `RLE header declares ${segments} segments (1 to 15 allowed)`;
  if (segments !== expected)
    return `RLE frame has ${segments} segment(s) but ${expected} are needed for the samples and bit depth`;
  if (u32le(b, 4) !== 64) return "RLE header's first segment offset is not 64";
  for (let i = 1; complete && i <= segments; i++) {
    if (u32le(b, 4 * i) > b.length) return `RLE segment ${i} starts past the end of the frame`;
  }
  return null;
}

/**
 * Problem with the first frame's codestream header, or null when it looks consistent (or the codec is not checked).
 * `head` is the start of the first frame; `complete` says it is the whole frame (one fragment per frame).
 */
export function codestreamProblem(
  head: Uint8Array,
  ts: TransferSyntaxInfo,
  s: DicomSummary,
  complete: boolean,
): string | null {
  switch (ts.codec) {
    case "jpeg":
      return jpegProblem(head, s, false, complete);
    case "jpeg-ls":
      return jpegProblem(head, s, true, complete);
    case "j2k":
      return j2kProblem(head, s);
    case "rle":
      return rleProblem(head, s, complete);
    default:
      return null;
  }
}
