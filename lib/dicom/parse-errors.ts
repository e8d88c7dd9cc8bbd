// Turns dicom-parser's thrown strings/objects into a sentence a person understands, naming the element where parsing broke.
import type { DataSet } from "dicom-parser";
import { tagName } from "./preflight";

const LONG_VRS = new Set(["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"]);

function rawMessage(err: unknown): string {
  if (typeof err === "string") return err;
  if (err && typeof err === "object") {
    const e = err as { exception?: unknown; message?: unknown };
    if (e.exception !== undefined) return rawMessage(e.exception);
    if (typeof e.message === "string") return e.message;
  }
  return String(err);
}

function partialDataSet(err: unknown): DataSet | undefined {
  if (err && typeof err === "object" && "dataSet" in err) return (err as { dataSet?: DataSet }).dataSet;
  return undefined;
}

/** Reads the element header at `pos` of the partially parsed data set to say which element overran the file. */
function describeElementAt(b: Uint8Array, start: number, littleEndian: boolean, explicitVr: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // Items (e.g. pixel data fragments) that fit are skipped so the report names the one that overruns.
  for (let pos = start, hops = 0; hops < 100_000; hops++) {
    if (pos + 8 > b.length) return `the file ends at byte ${b.length}, inside an element header`;
    const group = view.getUint16(pos, littleEndian);
    const tag = tagName(group, view.getUint16(pos + 2, littleEndian));
    const item = group === 0xfffe;
    const vr = String.fromCharCode(b[pos + 4] ?? 0, b[pos + 5] ?? 0);
    let length: number;
    let header = 8;
    if (!explicitVr || item) length = view.getUint32(pos + 4, littleEndian);
    else if (!/^[A-Z]{2}$/.test(vr)) return `element ${tag} at byte ${pos} has an invalid VR`;
    else if (LONG_VRS.has(vr)) {
      if (pos + 12 > b.length) return `the file ends at byte ${b.length}, inside the header of ${tag}`;
      length = view.getUint32(pos + 8, littleEndian);
      header = 12;
    } else length = view.getUint16(pos + 6, littleEndian);
    const what = item ? `item ${tag}` : `element ${tag}`;
    const remaining = b.length - pos - header;
    if (length === 0xffffffff) {
      if (item || vr === "SQ" || vr === "OB" || vr === "OW" || vr === "UN") {
        pos += header;
        continue;
      }
      return `${what} at byte ${pos} has an undefined length`;
    }
    if (length > remaining)
      return `${what} at byte ${pos} declares ${length} bytes but only ${Math.max(remaining, 0)} remain`;
    if (!item) return `the data is damaged inside ${what} at byte ${pos}`;
    pos += header + length;
  }
  return "the data is damaged";
}

export interface ParseErrorContext {
  bytes: Uint8Array;
  littleEndian: boolean;
  explicitVr: boolean;
  knownTransferSyntax: boolean;
  transferSyntaxUid: string;
  /** Byte offset where the data set starts (end of the file meta). */
  dataStart: number;
}

/** A readable reason for a dicom-parser failure. */
export function describeParseError(err: unknown, ctx: ParseErrorContext): string {
  const msg = rawMessage(err).replace(/^dicomParser[.:]?\s*/i, "");
  const prefix = ctx.knownTransferSyntax ? "" : `unknown transfer syntax ${ctx.transferSyntaxUid}; `;
  if (/inflat|deflat|zlib|incorrect header|unexpected end of file|invalid (block|distance|code)/i.test(msg)) {
    return `${prefix}the deflated data set cannot be inflated (${msg})`;
  }
  const overrun = /overrun|maxP\s?osition|past end|greater than or equal|beyond|exceed|readUint|readFixedString/i.test(
    msg,
  );
  if (!overrun) return `${prefix}the data set cannot be parsed: ${msg}`;
  const ds = partialDataSet(err);
  const b = ds?.byteArray instanceof Uint8Array ? ds.byteArray : ctx.bytes;
  let end = ds ? ctx.dataStart : -1;
  for (const el of Object.values(ds?.elements ?? {})) {
    if (el.tag.startsWith("x0002")) continue;
    const elEnd = el.dataOffset + (el.length === 0xffffffff ? 0 : el.length);
    if (el.dataOffset >= 0 && elEnd > end && elEnd <= b.length) end = elEnd;
  }
  const where = end >= 0 ? describeElementAt(b, end, ctx.littleEndian, ctx.explicitVr) : "";
  const detail = where || `a length runs past the end of the data (${msg})`;
  return `${prefix}file is truncated or damaged: ${detail} (file is ${ctx.bytes.length} bytes)`;
}
