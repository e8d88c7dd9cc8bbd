// Label value <-> small integer code, per dataset and kind. Codes start at 1 (0 = not recorded) and never change, so
// stored rows and pre-aggregates stay valid when new values appear.
import type { Db } from "../db/create-client";
import { CODE_KINDS, MASK_KINDS, MAX_MASK_VALUES, type CodeKind } from "./labels";

type Client = Pick<Db, "catalogueCode">;

export type Dictionary = {
  /** value by code (index 0 unused) per kind */
  values: Record<CodeKind, string[]>;
  /** code by lower-cased value per kind */
  codes: Record<CodeKind, Map<string, number>>;
};

export const emptyDictionary = (): Dictionary => ({
  values: Object.fromEntries(CODE_KINDS.map((k) => [k, [""]])) as Record<CodeKind, string[]>,
  codes: Object.fromEntries(CODE_KINDS.map((k) => [k, new Map()])) as Record<CodeKind, Map<string, number>>,
});

export const dictKey = (value: string) => value.normalize("NFC").replace(/\s+/gu, " ").trim().toLowerCase();

export async function loadDictionary(db: Client, datasetId: string): Promise<Dictionary> {
  const rows = await db.catalogueCode.findMany({ where: { datasetId }, orderBy: { code: "asc" } });
  const d = emptyDictionary();
  for (const r of rows) {
    const kind = r.kind as CodeKind;
    if (!d.values[kind]) continue;
    d.values[kind][r.code] = r.value;
    d.codes[kind].set(dictKey(r.value), r.code);
  }
  return d;
}

/** Code for a value, or undefined. */
export const codeOf = (d: Dictionary, kind: CodeKind, value: string) => d.codes[kind].get(dictKey(value));

/**
 * Gives every new value a code (in memory; `pendingCodes` lists what to write). Throws when a mask kind would exceed
 * 31 values.
 */
export function assignCode(d: Dictionary, kind: CodeKind, value: string, pending: PendingCode[]): number {
  const key = dictKey(value);
  const have = d.codes[kind].get(key);
  if (have !== undefined) return have;
  const code = d.values[kind].length;
  if (MASK_KINDS.has(kind) && code > MAX_MASK_VALUES) {
    throw new Error(`more than ${MAX_MASK_VALUES} distinct ${kind} values; "${value}" would be number ${code}`);
  }
  d.values[kind][code] = value;
  d.codes[kind].set(key, code);
  pending.push({ kind, code, value });
  return code;
}

export type PendingCode = { kind: CodeKind; code: number; value: string };

export async function saveCodes(db: Client, datasetId: string, pending: PendingCode[]): Promise<void> {
  if (pending.length === 0) return;
  await db.catalogueCode.createMany({ data: pending.map((p) => ({ datasetId, ...p })) });
  pending.length = 0;
}

/** Bit mask of the codes (mask kinds). */
export const maskOf = (codes: Iterable<number>) => {
  let m = 0;
  for (const c of codes) m |= 1 << (c - 1);
  return m;
};
