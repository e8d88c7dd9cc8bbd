// Parses an HTTP Range header for one representation of `size` bytes (RFC 9110 14.1-14.2). One range is served;
// several, or a malformed header, are ignored (the whole file is sent, which the RFC allows); a well-formed range
// that does not overlap the file is "unsatisfiable" (416).
export type RangeAnswer = { kind: "none" } | { kind: "unsatisfiable" } | { kind: "range"; start: number; end: number };

export function parseRange(header: string | null, size: number): RangeAnswer {
  if (header === null) return { kind: "none" };
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m) return { kind: "none" };
  const [, first = "", last = ""] = m;
  if (first === "" && last === "") return { kind: "none" };
  if (first === "") {
    // Suffix range: the last N bytes.
    const n = Number(last);
    if (n === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "range", start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(first);
  if (!Number.isSafeInteger(start)) return { kind: "none" };
  if (last !== "" && Number(last) < start) return { kind: "none" };
  if (start >= size) return { kind: "unsatisfiable" };
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  return { kind: "range", start, end };
}
