// PHI gate for public samples: applies the de-identification profile (deidentification-profile.ts) to a parsed data
// set and lists what offends (keyword + tag + why, never the value).
import type { DataSet, Element } from "dicom-parser";
import { ruleForTag } from "./deidentification-profile";
import { containsAny, identifierLike, identifyingValues, nameParts } from "./identifiers";
import { parseDicomFile } from "./parse-file";
import { fmtTag, isPrivateTag } from "./validate-elements";

export interface PhiFinding {
  keyword: string;
  /** "(gggg,eeee)" of the offending attribute. */
  tag: string;
  /** Location, e.g. "(0010,0010)" at top level or "(0004,1220)[2]/(0010,0010)" inside a sequence item. */
  path: string;
  /** Why it offends when not simply "holds a value it must not": "repeats a known identifier", "holds a date", ... */
  reason?: string;
}

export interface PhiOptions {
  /** Identifiers known from elsewhere (the pack's DICOMDIR, other files); the file's own are always added. */
  known?: readonly string[];
}

const MAX_DEPTH = 12;
const DATE_VRS = new Set(["DA", "DT", "TM"]);
/** VRs whose value is text a person could have typed (numbers, UIDs and codes-as-numbers excluded). */
const TEXT_VRS = new Set(["AE", "CS", "LO", "LT", "PN", "SH", "ST", "UC", "UR", "UT"]);
/** Longest value screened as text: descriptors are short; a multi-megabyte UT is not worth a regex pass per file. */
const MAX_TEXT = 64 * 1024;

/** True when the element carries something: a sequence with items, or bytes other than space / NUL padding. */
function hasValue(ds: DataSet, el: Element): boolean {
  if (el.items) return el.items.length > 0;
  if (el.length === 0) return false;
  const bytes = ds.byteArray;
  const end = Math.min(el.dataOffset + el.length, bytes.length);
  for (let i = el.dataOffset; i < end; i++) {
    const c = bytes[i];
    if (c !== 0x20 && c !== 0x00) return true;
  }
  return false;
}

function privateKeyword(tag: string): string {
  const element = parseInt(tag.slice(5), 16);
  return element >= 0x10 && element <= 0xff ? "PrivateCreator" : "PrivateAttribute";
}

/** The element's value as text when it is (or, in implicit VR, looks like) typed text; null otherwise. */
function textOf(ds: DataSet, el: Element): string | null {
  if (el.items || el.length === 0 || el.length > MAX_TEXT) return null;
  if (el.vr && !TEXT_VRS.has(el.vr)) return null;
  const bytes = ds.byteArray;
  const end = Math.min(el.dataOffset + el.length, bytes.length);
  let s = "";
  for (let i = el.dataOffset; i < end; i++) {
    const c = bytes[i]!;
    if (c === 0 && i >= end - 1) break; // NUL padding
    if (!el.vr && (c < 0x20 || c === 0x7f) && c !== 0x09 && c !== 0x0a && c !== 0x0d) return null; // binary
    s += String.fromCharCode(c);
  }
  s = s.trim();
  // Numbers and UIDs: an id inside a UID component is not a leak, and "12" as a series number is not a name.
  if (!s || (!el.vr && /^[\d.\s\\+eE-]*$/.test(s))) return null;
  return s;
}

interface Ctx {
  known: string[];
  out: PhiFinding[];
}

function check(ds: DataSet, el: Element, path: string, ctx: Ctx): void {
  const tag = fmtTag(el.tag);
  if (isPrivateTag(el.tag)) {
    if (hasValue(ds, el)) ctx.out.push({ keyword: privateKeyword(el.tag), tag, path });
    return;
  }
  const rule = ruleForTag(el.tag);
  const keyword = rule?.keyword ?? "Attribute";
  if (rule?.action === "removed" || (el.vr && DATE_VRS.has(el.vr))) {
    if (hasValue(ds, el))
      ctx.out.push({ keyword, tag, path, ...(rule?.action === "removed" ? {} : { reason: "holds a date or time" }) });
    return;
  }
  if (rule?.check === "flag-yes") {
    if (textOf(ds, el)?.toUpperCase() === "YES") ctx.out.push({ keyword, tag, path, reason: "is YES" });
    return;
  }
  const text = textOf(ds, el);
  if (text === null) return;
  if (containsAny(text, ctx.known)) {
    ctx.out.push({ keyword, tag, path, reason: "repeats a known identifier" });
    return;
  }
  if (rule?.check === "free-text") {
    const what = identifierLike(text);
    if (what) ctx.out.push({ keyword, tag, path, reason: `holds ${what}` });
  }
}

function scan(ds: DataSet, prefix: string, depth: number, ctx: Ctx): void {
  for (const el of Object.values(ds.elements)) {
    if (el.tag.startsWith("x0002") || el.tag.startsWith("xfffe")) continue;
    const path = `${prefix}${fmtTag(el.tag)}`;
    const before = ctx.out.length;
    check(ds, el, path, ctx);
    if (ctx.out.length > before || depth >= MAX_DEPTH) continue;
    el.items?.forEach((item, i) => item.dataSet && scan(item.dataSet, `${path}[${i}]/`, depth + 1, ctx));
  }
}

/**
 * Offending attributes of a parsed data set (including inside sequences such as DICOMDIR records); empty = safe to
 * publish. Known identifiers are the file's own patient values plus `options.known`, with names also split into parts.
 */
export function findPhi(dataSet: DataSet, options: PhiOptions = {}): PhiFinding[] {
  const known = nameParts([...identifyingValues(dataSet), ...(options.known ?? [])]);
  const ctx: Ctx = { known, out: [] };
  scan(dataSet, "", 0, ctx);
  return ctx.out;
}

export type PhiCheckResult = { ok: true; findings: PhiFinding[]; clean: boolean } | { ok: false; reason: string };

/** Parse a Part 10 buffer and list its PHI offenders. `ok: false` only when the file cannot be parsed (treat as unsafe). */
export function checkPhi(bytes: Uint8Array | ArrayBuffer, options: PhiOptions = {}): PhiCheckResult {
  const parsed = parseDicomFile(bytes);
  if (!parsed.ok) return parsed;
  const findings = findPhi(parsed.dataSet, options);
  return { ok: true, findings, clean: findings.length === 0 };
}

/** One line for logs and reports: "StudyDescription (0008,1030) holds an identifier label". */
export function describeFinding(f: PhiFinding): string {
  const where = f.path === f.tag ? `${f.keyword} ${f.tag}` : `${f.keyword} ${f.tag} at ${f.path}`;
  return f.reason ? `${where} ${f.reason}` : where;
}
