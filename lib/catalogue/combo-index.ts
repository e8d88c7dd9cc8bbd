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
  /** 32-bit words per bit set (one bit per combination) */
  words: number;
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
  /** Bit sets per label value: which combinations have it. A count ANDs/ORs a handful of these (a few thousand words
   * each) and sums the matching combinations, so its cost hardly depends on how many filters are set. */
  sets: {
    cond: Uint32Array[];
    seq: Uint32Array[];
    method: Uint32Array[];
    sex: Uint32Array[];
    manuf: Uint32Array[];
    model: Uint32Array[];
    field: Map<number, Uint32Array>;
    /** by 5-year band start / 5 (0..18), then AGE_SLOT_UNKNOWN */
    age: Uint32Array[];
  };
  /** combinations for sale in a version, built on first use */
  live: Map<number, Uint32Array>;
};

const AGE_SLOTS = 19;
const AGE_SLOT_UNKNOWN = 19;

function setIn(list: Uint32Array[], code: number, i: number, words: number) {
  let s = list[code];
  if (!s) {
    for (let k = list.length; k <= code; k++) list[k] ??= new Uint32Array(words);
    s = list[code]!;
  }
  s[i >>> 5]! |= 1 << (i & 31);
}

export function buildComboIndex(rows: ArrayLike<ComboRow>): ComboIndex {
  const n = rows.length;
  const words = Math.max(1, Math.ceil(n / 32));
  const ix: ComboIndex = {
    length: n,
    words,
    cond: new Int32Array(n),
    method: new Uint16Array(n),
    seq: new Int32Array(n),
    sex: new Uint8Array(n),
    age: new Int16Array(n),
    manuf: new Uint16Array(n),
    model: new Uint16Array(n),
    field: new Int32Array(n),
    added: new Int32Array(n),
    removed: new Int32Array(n),
    studies: new Int32Array(n),
    bytes: new Float64Array(n),
    sets: { cond: [], seq: [], method: [], sex: [], manuf: [], model: [], field: new Map(), age: [] },
    live: new Map(),
  };
  for (let k = 0; k <= AGE_SLOT_UNKNOWN; k++) ix.sets.age[k] = new Uint32Array(words);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    ix.cond[i] = r.conditions;
    ix.method[i] = r.method;
    ix.seq[i] = r.sequences;
    ix.sex[i] = r.sex;
    ix.age[i] = r.age;
    ix.manuf[i] = r.manufacturer;
    ix.model[i] = r.model;
    ix.field[i] = r.fieldStrength;
    ix.added[i] = r.addedIn;
    ix.removed[i] = r.removedIn;
    ix.studies[i] = r.studies;
    ix.bytes[i] = r.sizeBytes;
    for (let m = r.conditions >>> 0, c = 1; m !== 0; c++, m >>>= 1) if (m & 1) setIn(ix.sets.cond, c, i, words);
    for (let m = r.sequences >>> 0, c = 1; m !== 0; c++, m >>>= 1) if (m & 1) setIn(ix.sets.seq, c, i, words);
    setIn(ix.sets.method, r.method, i, words);
    setIn(ix.sets.sex, r.sex, i, words);
    setIn(ix.sets.manuf, r.manufacturer, i, words);
    setIn(ix.sets.model, r.model, i, words);
    let f = ix.sets.field.get(r.fieldStrength);
    if (!f) ix.sets.field.set(r.fieldStrength, (f = new Uint32Array(words)));
    f[i >>> 5]! |= 1 << (i & 31);
    setIn(ix.sets.age, r.age < 0 ? AGE_SLOT_UNKNOWN : Math.min(AGE_SLOTS - 1, Math.floor(r.age / 5)), i, words);
  }
  return ix;
}

function liveSet(ix: ComboIndex, version: number): Uint32Array {
  let s = ix.live.get(version);
  if (!s) {
    s = new Uint32Array(ix.words);
    for (let i = 0; i < ix.length; i++) {
      const rem = ix.removed[i]!;
      if (ix.added[i]! <= version && (rem === 0 || rem > version)) s[i >>> 5]! |= 1 << (i & 31);
    }
    ix.live.set(version, s);
  }
  return s;
}

const and = (out: Uint32Array, a: Uint32Array | undefined) => {
  if (!a) return out.fill(0);
  for (let w = 0; w < out.length; w++) out[w]! &= a[w]!;
  return out;
};
const or = (out: Uint32Array, a: Uint32Array | undefined) => {
  if (a) for (let w = 0; w < out.length; w++) out[w]! |= a[w]!;
  return out;
};

/** AND of: the version's combinations, then per set dimension the OR (any of) or AND (all of) of its values. */
function matching(ix: ComboIndex, f: CodedFilter, version: number): Uint32Array {
  const out = liveSet(ix, version).slice();
  const tmp = new Uint32Array(ix.words);
  const anyOf = (codes: Iterable<number>, get: (c: number) => Uint32Array | undefined) => {
    tmp.fill(0);
    for (const c of codes) or(tmp, get(c));
    and(out, tmp);
  };
  const codesOf = (t: Uint8Array) => {
    const cs: number[] = [];
    for (let c = 0; c < t.length; c++) if (t[c] === 1) cs.push(c);
    return cs;
  };
  const bits = (mask: number) => {
    const cs: number[] = [];
    for (let m = mask >>> 0, c = 1; m !== 0; c++, m >>>= 1) if (m & 1) cs.push(c);
    return cs;
  };
  if (f.condMask !== 0) {
    if (f.condAll) for (const c of bits(f.condMask)) and(out, ix.sets.cond[c]);
    else anyOf(bits(f.condMask), (c) => ix.sets.cond[c]);
  }
  if (f.seqMask !== 0) for (const c of bits(f.seqMask)) and(out, ix.sets.seq[c]);
  if (f.methods) anyOf(codesOf(f.methods), (c) => ix.sets.method[c]);
  if (f.sex) anyOf(codesOf(f.sex), (c) => ix.sets.sex[c]);
  if (f.manufacturers) anyOf(codesOf(f.manufacturers), (c) => ix.sets.manuf[c]);
  if (f.models) anyOf(codesOf(f.models), (c) => ix.sets.model[c]);
  if (f.tesla) anyOf(f.tesla, (mt) => ix.sets.field.get(mt));
  if (f.ageSet) {
    // Bounds are band-aligned (filter.ts): every band whose start lies in [ageMin, ageMax].
    const slots: number[] = [];
    for (let k = 0; k < AGE_SLOTS; k++) if (k * 5 >= f.ageMin && k * 5 <= f.ageMax) slots.push(k);
    anyOf(slots, (k) => ix.sets.age[k]);
  }
  return out;
}

/** Calls fn(i) for every set bit. */
function eachBit(set: Uint32Array, fn: (i: number) => void) {
  for (let w = 0; w < set.length; w++) {
    let x = set[w]!;
    while (x !== 0) {
      const t = x & -x;
      fn((w << 5) + 31 - Math.clz32(t));
      x ^= t;
    }
  }
}

export type Count = { studies: number; sizeBytes: number };

export function countIndex(ix: ComboIndex, f: CodedFilter, version: number): Count {
  const set = matching(ix, f, version);
  let studies = 0;
  let bytes = 0;
  const st = ix.studies;
  const by = ix.bytes;
  for (let w = 0; w < set.length; w++) {
    let x = set[w]!;
    while (x !== 0) {
      const t = x & -x;
      const i = (w << 5) + 31 - Math.clz32(t);
      studies += st[i]!;
      bytes += by[i]!;
      x ^= t;
    }
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

export function breakdownIndex(
  ix: ComboIndex,
  f: CodedFilter,
  version: number,
  sizes: { methods: number; models: number },
): CodedBreakdown {
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
  eachBit(matching(ix, f, version), (i) => {
    const n = ix.studies[i]!;
    out.studies += n;
    out.sizeBytes += ix.bytes[i]!;
    let m = ix.cond[i]! >>> 0;
    for (let c = 1; m !== 0; c++, m >>>= 1) if (m & 1) out.conditions[c]! += n;
    out.methods[ix.method[i]!]! += n;
    out.sex[ix.sex[i]!]! += n;
    const band = ageBand(ix.age[i]!);
    out.ageBands[band < 0 ? AGE_BANDS.length : band]! += n;
    out.models[ix.model[i]!]! += n;
    const fs = ix.field[i]!;
    out.fieldStrengths.set(fs, (out.fieldStrengths.get(fs) ?? 0) + n);
  });
  return out;
}
