// Image Pixel module checks (geometry, bit depths, photometric, pixel data length and fragments) for what dicom-parser lets through.
import type { DataSet } from "dicom-parser";
import { codestreamProblem } from "./codestream";
import { str } from "./summary";
import type { TransferSyntaxInfo } from "./transfer-syntax";
import type { DicomSummary, PixelFragment } from "./types";
import { concatBytes } from "../bytes";

const HEAD_BYTES = 65536;

const BITS_ALLOCATED = new Set([1, 8, 16, 32, 64]);
/** PhotometricInterpretation -> required SamplesPerPixel (PS3.3 C.7.6.3.1.2). */
const PHOTOMETRIC: Record<string, number> = {
  MONOCHROME1: 1,
  MONOCHROME2: 1,
  "PALETTE COLOR": 1,
  RGB: 3,
  YBR_FULL: 3,
  YBR_FULL_422: 3,
  YBR_PARTIAL_422: 3,
  YBR_PARTIAL_420: 3,
  YBR_ICT: 3,
  YBR_RCT: 3,
  XYB: 3,
};

function framesProblem(ds: DataSet, tolerated: string[]): string | null {
  if (!ds.elements.x00280008) return null;
  const raw = str(ds, "x00280008");
  if (raw === null) return "NumberOfFrames is present but empty";
  // "1A": readers (dcmtk, dicom-parser's intString) take the leading integer; the pixel length check still applies.
  if (/^[+-]?\d+/.test(raw) && !/^[+-]?\d+$/.test(raw))
    tolerated.push(`NumberOfFrames is "${raw.slice(0, 16)}", not an integer; read as ${parseInt(raw, 10)}`);
  else if (!/^[+-]?\d+$/.test(raw)) return `NumberOfFrames is "${raw.slice(0, 16)}", not an integer`;
  if (parseInt(raw, 10) < 1) return `NumberOfFrames is ${raw}`;
  return null;
}

function geometryProblems(s: DicomSummary, float: boolean): string[] {
  const p: string[] = [];
  if (s.rows === null) p.push("Rows is missing");
  else if (s.rows === 0) p.push("Rows is 0");
  if (s.columns === null) p.push("Columns is missing");
  else if (s.columns === 0) p.push("Columns is 0");
  const ba = s.bitsAllocated;
  if (ba === null) p.push("BitsAllocated is missing");
  else if (!BITS_ALLOCATED.has(ba)) p.push(`BitsAllocated is ${ba}; expected 1, 8, 16, 32 or 64`);
  if (!float && ba !== null) {
    const bs = s.bitsStored;
    if (bs === null) p.push("BitsStored is missing");
    else if (bs === 0 || bs > ba) p.push(`BitsStored is ${bs} but BitsAllocated is ${ba}`);
    else if (s.highBit !== null && s.highBit !== bs - 1)
      p.push(`HighBit is ${s.highBit} but BitsStored is ${bs} (expected ${bs - 1})`);
    if (s.pixelRepresentation !== null && s.pixelRepresentation > 1)
      p.push(`PixelRepresentation is ${s.pixelRepresentation}; expected 0 or 1`);
  }
  const spp = s.samplesPerPixel ?? 1;
  if (spp !== 1 && spp !== 3) p.push(`SamplesPerPixel is ${spp}; expected 1 or 3`);
  const pi = s.photometricInterpretation?.toUpperCase() ?? null;
  if (pi === null) p.push("PhotometricInterpretation is missing");
  else if (PHOTOMETRIC[pi] === undefined) p.push(`PhotometricInterpretation "${pi.slice(0, 20)}" is not supported`);
  else if (PHOTOMETRIC[pi] !== spp)
    p.push(`PhotometricInterpretation ${pi} needs SamplesPerPixel ${PHOTOMETRIC[pi]}, not ${spp}`);
  return p;
}

function lengthProblems(
  s: DicomSummary,
  ts: TransferSyntaxInfo,
  byteArray: Uint8Array,
  warnings: string[],
  tolerated: string[],
): string[] {
  const px = s.pixelData;
  if (!px) return [];
  const frames = s.numberOfFrames;
  if (px.encapsulated !== ts.encapsulated && px.keyword === "PixelData") {
    return [
      `pixel data is ${px.encapsulated ? "encapsulated" : "native"} but the transfer syntax ${ts.name} needs it ${ts.encapsulated ? "encapsulated" : "native"}`,
    ];
  }
  if (!px.encapsulated) {
    const spp = s.samplesPerPixel ?? 1;
    const bits = (s.rows ?? 0) * (s.columns ?? 0) * frames * spp * (s.bitsAllocated ?? 0);
    const needed = Math.ceil(bits / 8);
    if (px.length < needed) {
      return [
        `pixel data holds ${px.length} bytes, but ${s.rows}x${s.columns} x ${frames} frame(s) x ${spp} sample(s) x ${s.bitsAllocated} bits needs ${needed}`,
      ];
    }
    return [];
  }
  if (warnings.some((w) => /missing sequence delimiter/i.test(w))) {
    return ["encapsulated pixel data has no sequence delimiter: the file is truncated"];
  }
  if (px.fragments.length === 0) return ["encapsulated pixel data holds no fragments"];
  if (px.fragments.length < frames)
    return [`encapsulated pixel data has ${px.fragments.length} fragment(s) for ${frames} frames`];
  const bad = px.fragments.findIndex((f) => f.offset + f.length > byteArray.length);
  if (bad >= 0) return [`pixel data fragment ${bad + 1} runs past the end of the file`];
  // A codestream header that breaks the letter of its standard is for the decoder to judge (tolerate.ts).
  const problem = codestreamProblem(frameHead(px.fragments, byteArray), ts, s, px.fragments.length === frames);
  if (problem) tolerated.push(problem);
  return [];
}

/** The start of the first frame: its first fragment, joined with the following ones up to 64 KiB when it is short. */
function frameHead(fragments: PixelFragment[], byteArray: Uint8Array): Uint8Array {
  const first = fragments[0];
  if (!first) return new Uint8Array(0);
  if (first.length >= HEAD_BYTES || fragments.length === 1)
    return byteArray.subarray(first.offset, first.offset + first.length);
  const parts: Uint8Array[] = [];
  let total = 0;
  for (const f of fragments) {
    if (total >= HEAD_BYTES) break;
    parts.push(byteArray.subarray(f.offset, f.offset + f.length));
    total += f.length;
  }
  return concatBytes(...parts);
}

/** Problems with the Image Pixel module and pixel data; empty when fine or when the file holds no pixel data. */
export function pixelProblems(ds: DataSet, s: DicomSummary, ts: TransferSyntaxInfo): string[] {
  const frames = framesProblem(ds, s.tolerated);
  if (frames) return [frames];
  const px = s.pixelData;
  if (!px) return [];
  const float = px.keyword !== "PixelData";
  const p = geometryProblems(s, float);
  if (float && s.bitsAllocated !== null && s.bitsAllocated !== (px.keyword === "FloatPixelData" ? 32 : 64)) {
    p.push(`${px.keyword} needs BitsAllocated ${px.keyword === "FloatPixelData" ? 32 : 64}, not ${s.bitsAllocated}`);
  }
  if (p.length > 0) return p;
  return lengthProblems(s, ts, ds.byteArray as Uint8Array, ds.warnings ?? [], s.tolerated);
}
