// Some writers omit the 128-byte preamble and 'DICM' prefix but still start with the File Meta Information group:
// dcmtk reads such files (with a warning), so do we, by putting the missing envelope back. Browser-safe (the viewer's
// parser uses it too).

const hasPrefix = (b: Uint8Array) =>
  b.length >= 132 && b[128] === 0x44 && b[129] === 0x49 && b[130] === 0x43 && b[131] === 0x4d;

/** True when the bytes start with a (0002,eeee) element in explicit VR little endian (two upper-case VR letters). */
function startsWithFileMeta(b: Uint8Array): boolean {
  if (b.length < 8 || b[0] !== 0x02 || b[1] !== 0x00) return false;
  const isUpper = (c: number | undefined) => c !== undefined && c >= 0x41 && c <= 0x5a;
  return isUpper(b[4]) && isUpper(b[5]);
}

/** The bytes with a zero preamble and 'DICM' in front when they lack them but start with the file meta; else null. */
export function withPart10Envelope(bytes: Uint8Array): Uint8Array | null {
  if (hasPrefix(bytes) || !startsWithFileMeta(bytes)) return null;
  const out = new Uint8Array(132 + bytes.length);
  out.set([0x44, 0x49, 0x43, 0x4d], 128);
  out.set(bytes, 132);
  return out;
}

export const MISSING_ENVELOPE_WARNING =
  "no 128-byte preamble and 'DICM' prefix: read from its File Meta Information (not Part 10 conformant)";
