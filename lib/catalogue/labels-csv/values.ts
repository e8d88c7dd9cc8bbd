// Cell readers for the labels table: each returns a value or a message saying what is wrong with the cell.
import { parseCount } from "../../dataset/csv/count";
import { nameProblem, normaliseName } from "../../dataset/csv/names";
import type { Delimiter } from "../../dataset/csv/types";
import { AGE_CAP, AGE_UNKNOWN, type SexValue } from "../labels";
import { LIST_SEPARATOR } from "./columns";

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const fail = <T>(message: string): Cell<T> => ({ ok: false, message });

export function readUid(raw: string): Cell<string> {
  const v = raw.trim();
  if (v === "") return fail("empty study_instance_uid");
  if (v.length > 64) return fail(`study_instance_uid is ${v.length} characters (at most 64)`);
  if (!/^(0|[1-9]\d*)(\.(0|[1-9]\d*))+$/.test(v))
    return fail(`"${v}" is not a DICOM UID (digits separated by dots, no leading zeros)`);
  return ok(v);
}

export function readName(raw: string, what: string, required: boolean): Cell<string | null> {
  const v = normaliseName(raw);
  if (v === "") return required ? fail(`empty ${what}`) : ok(null);
  const p = nameProblem(v, what);
  return p ? fail(p) : ok(v);
}

export function readList(raw: string, what: string, required: boolean): Cell<string[]> {
  const parts = raw
    .split(LIST_SEPARATOR)
    .map(normaliseName)
    .filter((x) => x !== "");
  if (parts.length === 0) return required ? fail(`no ${what}; write at least one (e.g. No pathology)`) : ok([]);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of parts) {
    const problem = nameProblem(p, what.replace(/s$/, ""));
    if (problem) return fail(problem);
    const key = p.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return ok(out);
}

const SEX: Record<string, SexValue> = {
  f: "F",
  female: "F",
  w: "F",
  m: "M",
  male: "M",
  o: "O",
  other: "O",
  u: "U",
  unknown: "U",
};
export function readSex(raw: string): Cell<SexValue> {
  const v = raw.trim().toLowerCase();
  if (v === "") return ok("U");
  const s = SEX[v];
  return s ? ok(s) : fail(`sex "${raw.trim()}" is not F, M, O or empty`);
}

export function readAge(raw: string): Cell<number> {
  const v = raw.trim().replace(/\s*(y|years?|yrs?)$/i, "");
  if (v === "") return ok(AGE_UNKNOWN);
  if (/^(\d{1,3})\s*\+$/.test(v)) {
    const n = Number(v.replace(/\D/g, ""));
    return n >= AGE_CAP ? ok(AGE_CAP) : fail(`"${raw.trim()}": only ${AGE_CAP}+ may be open-ended`);
  }
  if (!/^\d{1,3}$/.test(v)) return fail(`age "${raw.trim()}" is not whole years`);
  const n = Number(v);
  if (n > 120) return fail(`age ${n} is above 120`);
  return ok(Math.min(n, AGE_CAP));
}

export function readTesla(raw: string, delimiter: Delimiter): Cell<number> {
  let v = raw.trim().replace(/\s*t(esla)?$/i, "");
  if (v === "") return ok(0);
  if (delimiter === ";") v = v.replace(",", ".");
  if (!/^\d{1,2}(\.\d{1,3})?$/.test(v)) return fail(`field strength "${raw.trim()}" is not tesla like 1.5 or 3`);
  const n = Number(v);
  if (n <= 0 || n > 20) return fail(`field strength ${n} T is outside 0-20 T`);
  return ok(Math.round(n * 1000));
}

export function readYear(raw: string): Cell<number> {
  const v = raw.trim();
  if (v === "") return ok(0);
  if (!/^\d{4}$/.test(v) || Number(v) < 1980 || Number(v) > 2100)
    return fail(`study year "${v}" is not a year 1980-2100`);
  return ok(Number(v));
}

export function readWhole(raw: string, delimiter: Delimiter, what: string, required: boolean): Cell<number> {
  if (raw.trim() === "" && !required) return ok(0);
  const r = parseCount(raw, delimiter);
  return r.ok
    ? ok(r.value)
    : fail(`${what}: ${r.message.replace("study counts", "counts").replace("of studies", "")}`.trim());
}

export function readBytes(raw: string, delimiter: Delimiter): Cell<number> {
  const v = raw.trim();
  if (v === "") return fail("empty size_bytes");
  const groups =
    delimiter === ";" ? /^\d{1,3}([. '\u00a0\u202f\u2009]\d{3})+$/ : /^\d{1,3}([, '\u00a0\u202f\u2009]\d{3})+$/;
  if (!/^\d+$/.test(v) && !groups.test(v)) return fail(`size_bytes "${v}" is not a whole number of bytes`);
  const n = Number(v.replace(/\D/g, ""));
  if (!Number.isSafeInteger(n)) return fail(`size_bytes ${v} is too large`);
  return ok(n);
}

export function readKey(raw: string): Cell<string> {
  const v = raw.trim();
  if (v === "") return fail("empty object_key");
  if (v.length > 1024) return fail("object_key is longer than 1024 characters");
  if (v.startsWith("/") || v.split(/[\\/]/).includes("..") || /[\u0000-\u001f]/.test(v)) {
    return fail(`object_key "${v}" must be a relative key without .. or control characters`);
  }
  return ok(v);
}

export function readSha256(raw: string): Cell<string> {
  const v = raw.trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(v)
    ? ok(v)
    : fail(`sha256 "${raw.trim().slice(0, 80)}" is not 64 hexadecimal characters`);
}
