// FormData to a plain object for zod: repeated keys become arrays, React's internal $ACTION fields are dropped.
export function formDataToObject(fd: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(fd.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = fd.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** Total size of the submitted text in bytes, to refuse oversized payloads before parsing them. */
export function formDataSize(fd: FormData): number {
  let size = 0;
  for (const [key, value] of fd)
    size += key.length + (typeof value === "string" ? Buffer.byteLength(value) : value.size);
  return size;
}

const ECHO_MAX = 5_000;

/** The values worth echoing back to a form: strings only, truncated, secrets and anti-spam fields left out. */
export function echoValues(values: Record<string, string | string[]>, omit: readonly string[] = []) {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(values)) {
    if (omit.includes(k)) continue;
    out[k] = Array.isArray(v) ? v.slice(0, 100).map((s) => s.slice(0, ECHO_MAX)) : v.slice(0, ECHO_MAX);
  }
  return out;
}

/** The uploaded files of a submission by field name (strings are in formDataToObject). */
export function formDataFiles(fd: FormData): Record<string, File[]> {
  const out: Record<string, File[]> = {};
  for (const [key, value] of fd) if (typeof value !== "string") (out[key] ??= []).push(value);
  return out;
}
