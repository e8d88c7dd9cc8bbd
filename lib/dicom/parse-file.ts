// Guarded Part 10 reader: dicom-parser wrapped so nothing throws out or hangs, every failure becomes { ok: false, reason }.
import { inflateRawSync } from "node:zlib";
import { parseDicom, type DataSet } from "dicom-parser";
import { describeParseError } from "./parse-errors";
import { preflight } from "./preflight";
import { MISSING_ENVELOPE_WARNING, withPart10Envelope } from "./pixels/part10-envelope";
import { extractSummary } from "./summary";
import { IMPLICIT_VR_LITTLE_ENDIAN, transferSyntax } from "./transfer-syntax";
import type { DicomSummary } from "./types";

export type ParseResult =
  { ok: true; dataSet: DataSet; summary: DicomSummary; bytes: Uint8Array } | { ok: false; reason: string };

/** Largest inflated data set we accept from a Deflated transfer syntax file (guards against deflate bombs). */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** Sequences whose VR an implicit VR reader cannot see; telling dicom-parser avoids its byte-peeking heuristic. */
const IMPLICIT_SEQUENCES = new Set(["x00041220", "x52009229", "x52009230", "x00081140", "x00081115", "x00082112"]);

/** Tag of the placeholder element written over the preamble of an inflated stream (removed after parsing). */
const INFLATE_PLACEHOLDER = "x00010000";

/**
 * dicom-parser 1.8 restarts parsing an inflated stream at byte 0 (preamble and meta included), producing junk elements.
 * We return the original header bytes with a placeholder element header over the unused preamble whose value spans
 * exactly up to the data set, so parsing lands on the first data set element; the meta bytes stay where they were.
 */
function inflater(bytes: Uint8Array, position: number): Uint8Array {
  const inflated = inflateRawSync(bytes.subarray(position), { maxOutputLength: MAX_INFLATED_BYTES });
  const out = new Uint8Array(position + inflated.length);
  out.set(bytes.subarray(0, position), 0);
  out.set(inflated, position);
  const view = new DataView(out.buffer, out.byteOffset, 12);
  view.setUint32(0, 0x00000001, true); // group 0001, element 0000 (written as two LE uint16: 0001, 0000)
  out[4] = 0x4f; // "O"
  out[5] = 0x42; // "B"
  view.setUint16(6, 0, true);
  view.setUint32(8, position - 12, true);
  return out;
}

function asUint8Array(input: Uint8Array | ArrayBuffer): Uint8Array {
  if (input instanceof Uint8Array) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(input);
}

/**
 * Parse a DICOM Part 10 file held in memory. Files without the 128-byte preamble, 'DICM' prefix and file meta group
 * are refused (every such file in the reference corpus must be rejected), as are files dicom-parser cannot read.
 */
export function parseDicomFile(input: Uint8Array | ArrayBuffer): ParseResult {
  let bytes: Uint8Array;
  try {
    bytes = asUint8Array(input);
  } catch {
    return { ok: false, reason: "input is not a byte buffer" };
  }
  const enveloped = withPart10Envelope(bytes);
  if (enveloped) bytes = enveloped;
  const pre = preflight(bytes);
  if (!pre.ok) return pre;
  const ts = transferSyntax(pre.transferSyntaxUid);
  let dataSet: DataSet;
  try {
    dataSet = parseDicom(bytes, {
      inflater,
      vrCallback: (tag: string) => (IMPLICIT_SEQUENCES.has(tag) ? "SQ" : undefined),
    });
  } catch (err) {
    return {
      ok: false,
      reason: describeParseError(err, {
        bytes,
        littleEndian: ts?.littleEndian ?? true,
        explicitVr: ts ? ts.explicitVr : pre.transferSyntaxUid !== IMPLICIT_VR_LITTLE_ENDIAN,
        knownTransferSyntax: ts !== undefined,
        transferSyntaxUid: pre.transferSyntaxUid,
        dataStart: pre.metaEnd,
      }),
    };
  }
  delete dataSet.elements[INFLATE_PLACEHOLDER];
  try {
    const summary = extractSummary(dataSet, pre.transferSyntaxUid, ts?.deflated === true);
    if (enveloped) summary.warnings.push(MISSING_ENVELOPE_WARNING);
    summary.warnings.push(...pre.warnings);
    return { ok: true, dataSet, summary, bytes };
  } catch (err) {
    return { ok: false, reason: `attributes cannot be read: ${err instanceof Error ? err.message : String(err)}` };
  }
}
