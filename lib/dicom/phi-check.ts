// PHI gate for public samples: lists identifying attributes that still hold a value (keyword + tag, never the value).
import type { DataSet, Element } from "dicom-parser";
import { parseDicomFile } from "./parse-file";
import { PHI_ATTRIBUTES } from "./phi-attributes";
import { fmtTag, isPrivateTag } from "./validate-elements";

export interface PhiFinding {
  keyword: string;
  /** "(gggg,eeee)" of the offending attribute. */
  tag: string;
  /** Location, e.g. "(0010,0010)" at top level or "(0004,1220)[2]/(0010,0010)" inside a sequence item. */
  path: string;
}

const PHI_BY_TAG = new Map(PHI_ATTRIBUTES.map(([tag, keyword]) => [`x${tag.toLowerCase()}`, keyword]));
const MAX_DEPTH = 12;

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

function scan(ds: DataSet, prefix: string, depth: number, out: PhiFinding[]): void {
  for (const el of Object.values(ds.elements)) {
    const { tag } = el;
    if (tag.startsWith("x0002") || tag.startsWith("xfffe")) continue;
    const path = `${prefix}${fmtTag(tag)}`;
    const keyword = isPrivateTag(tag) ? privateKeyword(tag) : PHI_BY_TAG.get(tag);
    if (keyword !== undefined) {
      if (hasValue(ds, el)) out.push({ keyword, tag: fmtTag(tag), path });
      continue;
    }
    if (depth >= MAX_DEPTH) continue;
    el.items?.forEach((item, i) => item.dataSet && scan(item.dataSet, `${path}[${i}]/`, depth + 1, out));
  }
}

/** Offending attributes of a parsed data set (including inside sequences such as DICOMDIR records); empty = safe to publish. */
export function findPhi(dataSet: DataSet): PhiFinding[] {
  const out: PhiFinding[] = [];
  scan(dataSet, "", 0, out);
  return out;
}

export type PhiCheckResult = { ok: true; findings: PhiFinding[]; clean: boolean } | { ok: false; reason: string };

/** Parse a Part 10 buffer and list its PHI offenders. `ok: false` only when the file cannot be parsed (treat as unsafe). */
export function checkPhi(bytes: Uint8Array | ArrayBuffer): PhiCheckResult {
  const parsed = parseDicomFile(bytes);
  if (!parsed.ok) return parsed;
  const findings = findPhi(parsed.dataSet);
  return { ok: true, findings, clean: findings.length === 0 };
}
