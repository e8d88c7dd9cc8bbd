// Byte helpers shared by the DICOM code, its test builders and the fuzzer.

/** The parts one after another in a new array (no spreading: inputs may be hundreds of kB). */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
