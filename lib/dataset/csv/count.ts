// Study counts: whole numbers, optionally with thousands separators. The rule, per delimiter:
//   - always: space, no-break/thin space and apostrophe (' or ’) between groups of three digits: 1 234, 1’234
//   - comma- or tab-separated files: comma groups (quoted when the delimiter is a comma), "1,234"; the dot is a decimal
//     point, so 1.234 is refused
//   - semicolon-separated files (continental Excel): dot groups, 1.234; the comma is a decimal mark, so 1,234 is refused
// One separator per number, groups of exactly three digits. Decimals, signs and exponents are refused.
import type { Delimiter } from "./types";

/** ConditionStat.studies and StatImport.totalStudies are 32-bit on PostgreSQL. */
export const MAX_COUNT = 2_147_483_647;

const SPACES = " \u00a0\u202f\u2009";
const APOSTROPHES = "'\u2019";

function separatorClass(ch: string): string {
  if (SPACES.includes(ch)) return "space";
  if (APOSTROPHES.includes(ch)) return "apostrophe";
  return ch;
}

export type CountResult = { ok: true; value: number } | { ok: false; message: string };

export function parseCount(raw: string, delimiter: Delimiter): CountResult {
  const v = raw.replace(/^\s+|\s+$/gu, "");
  const fail = (message: string): CountResult => ({ ok: false, message });
  if (v === "") return fail("empty count; write 0 when there are no studies");

  const groupMark = delimiter === ";" ? "." : ",";
  const decimalMark = delimiter === ";" ? "," : ".";
  const fileKind =
    delimiter === ";" ? "a semicolon-separated" : delimiter === "," ? "a comma-separated" : "a tab-separated";

  let digits: string | null = null;
  if (/^\d+$/.test(v)) {
    digits = v;
  } else {
    const m = /^\d{1,3}((?:[^\d]\d{3})+)$/u.exec(v);
    if (m) {
      const seps = [...m[1]!.replace(/\d/g, "")];
      const classes = new Set(seps.map(separatorClass));
      const cls = [...classes][0]!;
      const allowed = cls === "space" || cls === "apostrophe" || cls === groupMark;
      if (classes.size === 1 && allowed) digits = v.replace(/\D/g, "");
    }
  }
  if (digits !== null) {
    const value = Number(digits);
    if (value > MAX_COUNT) return fail(`count ${v} is too large (at most 2,147,483,647)`);
    return { ok: true, value };
  }

  if (/^[-\u2212]\s*\d/u.test(v)) return fail(`negative count ${v}; study counts cannot be negative`);
  if (/^\d[\d\s'’.,\u00a0\u202f\u2009]*$/u.test(v)) {
    if (v.includes(decimalMark)) {
      const hint = `in ${fileKind} file the ${decimalMark === "." ? "dot is a decimal point" : "comma is a decimal mark"}`;
      return fail(`"${v}" is not a whole number (${hint}; write thousands as 1${groupMark}234 or 1 234)`);
    }
    return fail(`"${v}" has misplaced thousands separators (use one separator between groups of three digits)`);
  }
  return fail(`"${v}" is not a whole number of studies`);
}
