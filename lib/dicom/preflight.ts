// Byte-level checks of the Part 10 envelope (preamble, DICM, file meta) before dicom-parser runs, so bad input gets a precise reason.

export type Preflight =
  | {
      ok: true;
      transferSyntaxUid: string;
      metaEnd: number;
      metaElements: Map<number, { offset: number; length: number }>;
      warnings: string[];
    }
  | { ok: false; reason: string };

const LONG_VRS = new Set(["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"]);
const latin1 = new TextDecoder("latin1");
const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
export const tagName = (group: number, element: number) => `(${hex4(group)},${hex4(element)})`;

function u16(b: Uint8Array, p: number, le = true): number {
  return le ? (b[p] ?? 0) | ((b[p + 1] ?? 0) << 8) : ((b[p] ?? 0) << 8) | (b[p + 1] ?? 0);
}
function u32(b: Uint8Array, p: number): number {
  return (u16(b, p) + u16(b, p + 2) * 0x10000) >>> 0;
}

function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 512);
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13) printable++;
  }
  return n > 0 && printable / n > 0.95;
}

/** A bare data set (no preamble) starts with a low even group such as (0002,xxxx) or (0008,xxxx), in either byte order. */
function looksLikeBareDataSet(b: Uint8Array): boolean {
  if (b.length < 8) return false;
  const le = u16(b, 0);
  const be = u16(b, 0, false);
  return [le, be].some((g) => g === 0x0002 || g === 0x0008 || g === 0x0010);
}

function envelopeProblem(b: Uint8Array): string | null {
  const n = b.length;
  if (n === 0) return "file is empty (0 bytes)";
  if (b[0] === 0x1f && b[1] === 0x8b)
    return "file is gzip-compressed (starts with 1F 8B), not a DICOM file; decompress it first";
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04)
    return "file is a ZIP archive, not a DICOM file";
  const hasPrefix = n >= 132 && b[128] === 0x44 && b[129] === 0x49 && b[130] === 0x43 && b[131] === 0x4d;
  if (hasPrefix) return null;
  if (looksLikeBareDataSet(b)) {
    return "file has no 128-byte preamble and 'DICM' prefix: it is a bare DICOM data set, not a Part 10 file (re-export it as Part 10)";
  }
  if (n < 132)
    return `file is only ${n} bytes, too short for the 128-byte preamble and 'DICM' prefix of a DICOM Part 10 file`;
  if (looksLikeText(b)) return "not a DICOM file: it looks like text and has no 'DICM' prefix at byte 128";
  return "not a DICOM Part 10 file: no 'DICM' prefix at byte 128";
}

/** Checks preamble, prefix and the File Meta Information group; returns the transfer syntax on success. */
export function preflight(b: Uint8Array): Preflight {
  const envelope = envelopeProblem(b);
  if (envelope) return { ok: false, reason: envelope };
  const n = b.length;
  if (n === 132) return { ok: false, reason: "file ends right after the 'DICM' prefix: no File Meta Information" };
  const metaElements = new Map<number, { offset: number; length: number }>();
  let pos = 132;
  while (pos < n) {
    if (pos + 8 > n) {
      // A complete meta group followed by a few bytes of another group: the data set is what was cut short.
      const cut =
        metaElements.size > 0 && pos + 2 <= n && u16(b, pos) !== 0x0002 ? "the data set" : "the File Meta Information";
      return { ok: false, reason: `file ends inside ${cut} (${n} bytes)` };
    }
    const group = u16(b, pos);
    if (group !== 0x0002) break;
    const element = u16(b, pos + 2);
    const vr = String.fromCharCode(b[pos + 4] ?? 0, b[pos + 5] ?? 0);
    if (!/^[A-Z]{2}$/.test(vr)) {
      return {
        ok: false,
        reason: `File Meta Information element ${tagName(group, element)} has no valid explicit VR: the meta group is damaged`,
      };
    }
    let header = 8;
    let length = u16(b, pos + 6);
    if (LONG_VRS.has(vr)) {
      if (pos + 12 > n) return { ok: false, reason: `file ends inside the File Meta Information (${n} bytes)` };
      header = 12;
      length = u32(b, pos + 8);
    }
    if (length === 0xffffffff)
      return { ok: false, reason: `File Meta Information element ${tagName(group, element)} has an undefined length` };
    if (pos + header + length > n) {
      const left = n - pos - header;
      return {
        ok: false,
        reason: `file ends inside the File Meta Information: ${tagName(group, element)} needs ${length} bytes but only ${left} remain`,
      };
    }
    metaElements.set(element, { offset: pos + header, length });
    pos += header + length;
  }
  if (metaElements.size === 0) {
    return {
      ok: false,
      reason: `no File Meta Information after the 'DICM' prefix (first element is ${tagName(u16(b, 132), u16(b, 134))})`,
    };
  }
  // dcmtk reads a meta group without its length (the group ends where group 0002 ends): a warning, not a rejection.
  const warnings = metaElements.has(0x0000) ? [] : ["File Meta Information Group Length (0002,0000) is missing"];
  const ts = metaElements.get(0x0010);
  const tsUid = ts
    ? latin1.decode(b.subarray(ts.offset, ts.offset + Math.min(ts.length, 128))).replace(/[\0 ]+$/g, "")
    : "";
  if (!tsUid) return { ok: false, reason: "File Meta Information has no Transfer Syntax UID (0002,0010)" };
  if (pos >= n) return { ok: false, reason: "file holds File Meta Information but no data set" };
  return { ok: true, transferSyntaxUid: tsUid, metaEnd: pos, metaElements, warnings };
}
