// The count engine: the catalogue's pre-aggregated label combinations (CatalogueCombo) held as typed arrays, one row
// per distinct combination and lifetime. A count is one tight loop over these rows - never over the 2.4 M studies -
// and answers for any catalogue version, since each row carries the version range it was for sale in.
import { ageBand, AGE_BANDS, MAX_MASK_VALUES } from "./labels";
import type { CodedFilter } from "./compile";

export type ComboRow = {
  conditions: number;
  method: number;
  sequences: number;
  sex: number;
  age: number;
  manufacturer: number;
  model: number;
  fieldStrength: number;
  addedIn: number;
  /** 0 = still for sale */
  removedIn: number;
  studies: number;
  sizeBytes: number;
};

export type ComboIndex = {
  length: number;
  cond: Int32Array;
  method: Uint16Array;
  seq: Int32Array;
  sex: Uint8Array;
  age: Int16Array;
  manuf: Uint16Array;
  model: Uint16Array;
  field: Int32Array;
  added: Int32Array;
  removed: Int32Array;
  studies: Int32Array;
  bytes: Float64Array;
};

export function buildComboIndex(rows: ArrayLike<ComboRow>): ComboIndex {
  const n = rows.length;
  const ix: ComboIndex = {
    length: n,
    cond: new Int32Array(n), method: new Uint16Array(n), seq: new Int32Array(n),
    sex: new Uint8Array(n), age: new Int16Array(n), manuf: new Uint16Array(n), model: new Uint16Array(n),
    field: new Int32Array(n), added: new Int32Array(n), removed: new Int32Array(n), studies: new Int32Array(n),
    bytes: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    ix.cond[i] = r.conditions; ix.method[i] = r.method; ix.seq[i] = r.sequences;
    ix.sex[i] = r.sex; ix.age[i] = r.age; ix.manuf[i] = r.manufacturer; ix.model[i] = r.model;
    ix.field[i] = r.fieldStrength; ix.added[i] = r.addedIn; ix.removed[i] = r.removedIn; ix.studies[i] = r.studies;
    ix.bytes[i] = r.sizeBytes;
  }
  return ix;
}

function matches(ix: ComboIndex, i: number, f: CodedFilter, version: number): boolean {
  if (ix.added[i]! > version) return false;
  const rem = ix.removed[i]!;
  if (rem !== 0 && rem <= version) return false;
  if (f.condMask !== 0) {
    const c = ix.cond[i]! & f.condMask;
    if (f.condAll ? c !== f.condMask : c === 0) return false;
  }
  if (f.seqMask !== 0 && (ix.seq[i]! & f.seqMask) !== f.seqMask) return false;
  if (f.methods !== null && f.methods[ix.method[i]!] !== 1) return false;
  if (f.sex !== null && f.sex[ix.sex[i]!] !== 1) return false;
  if (f.ageSet) {
    const a = ix.age[i]!;
    // a is a band start; the filter's bounds are band-aligned (filter.ts), so band start in range = every age in it.
    if (a < 0 || a < f.ageMin || a > f.ageMax) return false;
  }
  if (f.manufacturers !== null && f.manufacturers[ix.manuf[i]!] !== 1) return false;
  if (f.models !== null && f.models[ix.model[i]!] !== 1) return false;
  if (f.tesla !== null && !f.tesla.includes(ix.field[i]!)) return false;
  return true;
}

export type Count = { studies: number; sizeBytes: number };

export function countIndex(ix: ComboIndex, f: CodedFilter, version: number): Count {
  let studies = 0;
  let bytes = 0;
  for (let i = 0; i < ix.length; i++) {
    if (!matches(ix, i, f, version)) continue;
    studies += ix.studies[i]!;
    bytes += ix.bytes[i]!;
  }
  return { studies, sizeBytes: bytes };
}

/** Studies per code (index = code) for each dimension, plus the count; conditions count every condition a study has. */
export type CodedBreakdown = Count & {
  conditions: Float64Array;
  methods: Float64Array;
  sex: Float64Array;
  /** AGE_BANDS order, then one slot for "not recorded" */
  ageBands: Float64Array;
  models: Float64Array;
  fieldStrengths: Map<number, number>;
};

export function breakdownIndex(ix: ComboIndex, f: CodedFilter, version: number, sizes: { methods: number; models: number }): CodedBreakdown {
  const out: CodedBreakdown = {
    studies: 0,
    sizeBytes: 0,
    conditions: new Float64Array(MAX_MASK_VALUES + 1),
    methods: new Float64Array(sizes.methods + 1),
    sex: new Float64Array(4),
    ageBands: new Float64Array(AGE_BANDS.length + 1),
    models: new Float64Array(sizes.models + 1),
    fieldStrengths: new Map(),
  };
  for (let i = 0; i < ix.length; i++) {
    if (!matches(ix, i, f, version)) continue;
    const n = ix.studies[i]!;
    out.studies += n;
    out.sizeBytes += ix.bytes[i]!;
    let m = ix.cond[i]!;
    for (let c = 1; m !== 0; c++, m >>>= 1) if (m & 1) out.conditions[c]! += n;
    out.methods[ix.method[i]!]! += n;
    out.sex[ix.sex[i]!]! += n;
    const band = ageBand(ix.age[i]!);
    out.ageBands[band < 0 ? AGE_BANDS.length : band]! += n;
    out.models[ix.model[i]!]! += n;
    const fs = ix.field[i]!;
    out.fieldStrengths.set(fs, (out.fieldStrengths.get(fs) ?? 0) + n);
  }
  return out;
}
