// The in-memory count engine against a plain reference loop over the same combination rows: random coded filters,
// several catalogue versions, and row counts on both sides of the 32-bit word boundaries of its bit sets.
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../synth/rng";
import { breakdownIndex, buildComboIndex, countIndex, type ComboRow } from "./combo-index";
import type { CodedFilter } from "./compile";
import { ageBand, AGE_BANDS } from "./labels";
import { NO_CONDITIONS } from "./test-utils/coded-filter";

const METHODS = 3;
const MODELS = 4;
const TESLA = [0, 1500, 3000];

function randomRows(seed: number, n: number): ComboRow[] {
  const r = mulberry32(seed);
  const int = (k: number) => Math.floor(r() * k);
  return Array.from({ length: n }, () => {
    const addedIn = 1 + int(3);
    const removedIn = r() < 0.3 ? addedIn + 1 + int(2) : 0;
    return {
      conditions: (1 + int(31)) & 31, // codes 1..5, at least one bit mostly
      method: 1 + int(METHODS),
      sequences: int(8), // codes 1..3
      sex: int(4),
      age: r() < 0.1 ? -1 : r() < 0.1 ? 90 : int(18) * 5,
      manufacturer: int(3), // 0 = not recorded
      model: int(MODELS + 1),
      fieldStrength: TESLA[int(TESLA.length)]!,
      addedIn,
      removedIn,
      studies: 1 + int(50),
      sizeBytes: 1000 * (1 + int(1000)),
    };
  });
}

function randomFilter(r: () => number): CodedFilter {
  const table = (size: number) => {
    if (r() < 0.5) return null;
    const t = new Uint8Array(size + 1);
    for (let c = 0; c <= size; c++) if (r() < 0.4) t[c] = 1;
    return t;
  };
  const ageSet = r() < 0.4;
  const lo = Math.floor(r() * 19) * 5;
  const hi = lo + Math.floor(r() * (19 - lo / 5)) * 5;
  return {
    condMask: r() < 0.5 ? 0 : Math.floor(r() * 32),
    condAll: r() < 0.5,
    seqMask: r() < 0.6 ? 0 : Math.floor(r() * 8),
    methods: table(METHODS),
    sex: table(3),
    manufacturers: table(2),
    models: table(MODELS),
    tesla: r() < 0.6 ? null : Int32Array.from(TESLA.filter(() => r() < 0.5)),
    ageMin: ageSet && r() < 0.7 ? lo : 0,
    ageMax: ageSet ? (hi >= 90 ? 90 : hi + 4) : Number.MAX_SAFE_INTEGER,
    ageSet,
  };
}

/** The reference: the filter's meaning, row by row. */
function matches(row: ComboRow, f: CodedFilter, version: number): boolean {
  if (row.addedIn > version || (row.removedIn !== 0 && row.removedIn <= version)) return false;
  if (f.condMask !== 0) {
    const hit = row.conditions & f.condMask;
    if (f.condAll ? hit !== f.condMask : hit === 0) return false;
  }
  if ((row.sequences & f.seqMask) !== f.seqMask) return false;
  const inTable = (t: Uint8Array | null, c: number) => t === null || t[c] === 1;
  if (!inTable(f.methods, row.method) || !inTable(f.sex, row.sex)) return false;
  if (!inTable(f.manufacturers, row.manufacturer) || !inTable(f.models, row.model)) return false;
  if (f.tesla && !f.tesla.includes(row.fieldStrength)) return false;
  if (f.ageSet && (row.age < 0 || row.age < f.ageMin || row.age > f.ageMax)) return false;
  return true;
}

describe("combo index", () => {
  for (const n of [0, 1, 31, 32, 33, 64, 65, 300]) {
    it(`counts and breaks down exactly what the reference finds over ${n} rows`, () => {
      const rows = randomRows(n + 1, n);
      const ix = buildComboIndex(rows);
      const r = mulberry32(n * 31 + 7);
      for (let i = 0; i < 200; i++) {
        const f = randomFilter(r);
        const version = 1 + Math.floor(r() * 5);
        const hit = rows.filter((row) => matches(row, f, version));
        const studies = hit.reduce((s, x) => s + x.studies, 0);
        const sizeBytes = hit.reduce((s, x) => s + x.sizeBytes, 0);
        expect(countIndex(ix, f, version), `filter ${i} v${version}`).toEqual({ studies, sizeBytes });
        if (i % 5 === 0) {
          const b = breakdownIndex(ix, f, version, { methods: METHODS, models: MODELS });
          expect(b.studies).toBe(studies);
          const per = (key: (x: ComboRow) => number, size: number) => {
            const out = new Array<number>(size).fill(0);
            for (const x of hit) out[key(x)]! += x.studies;
            return out;
          };
          expect([...b.methods]).toEqual(per((x) => x.method, METHODS + 1));
          expect([...b.sex]).toEqual(per((x) => x.sex, 4));
          expect([...b.models]).toEqual(per((x) => x.model, MODELS + 1));
          const bands = per((x) => (ageBand(x.age) < 0 ? AGE_BANDS.length : ageBand(x.age)), AGE_BANDS.length + 1);
          expect([...b.ageBands]).toEqual(bands);
          const conds = new Array<number>(32).fill(0);
          for (const x of hit) for (let c = 1; c <= 5; c++) if (x.conditions & (1 << (c - 1))) conds[c]! += x.studies;
          expect([...b.conditions]).toEqual(conds);
          const fs = new Map<number, number>();
          for (const x of hit) fs.set(x.fieldStrength, (fs.get(x.fieldStrength) ?? 0) + x.studies);
          expect(new Map([...b.fieldStrengths].sort())).toEqual(new Map([...fs].sort()));
        }
      }
    });
  }

  it("a value code that no combination has matches nothing (not everything)", () => {
    const ix = buildComboIndex(randomRows(5, 40));
    const none = new Uint8Array(20);
    none[19] = 1;
    const f = randomFilter(mulberry32(1));
    const base = { ...f, condMask: 0, seqMask: 0, sex: null, manufacturers: null, models: null, tesla: null };
    expect(countIndex(ix, { ...base, ageSet: false, methods: none }, 3)).toEqual({ studies: 0, sizeBytes: 0 });
    expect(countIndex(ix, { ...base, ageSet: false, methods: null, tesla: Int32Array.of(7000) }, 3).studies).toBe(0);
    expect(countIndex(ix, { ...base, ageSet: false, methods: null, condMask: 1 << 20, condAll: true }, 3).studies).toBe(
      0,
    );
  });

  it("answers each version from the same index, caching nothing that leaks between versions", () => {
    const rows: ComboRow[] = [
      { ...randomRows(9, 1)[0]!, addedIn: 1, removedIn: 2, studies: 5, sizeBytes: 50 },
      { ...randomRows(9, 1)[0]!, addedIn: 2, removedIn: 0, studies: 7, sizeBytes: 70 },
    ];
    const ix = buildComboIndex(rows);
    expect(countIndex(ix, NO_CONDITIONS, 1)).toEqual({ studies: 5, sizeBytes: 50 });
    expect(countIndex(ix, NO_CONDITIONS, 2)).toEqual({ studies: 7, sizeBytes: 70 });
    expect(countIndex(ix, NO_CONDITIONS, 1)).toEqual({ studies: 5, sizeBytes: 50 });
    expect(countIndex(ix, NO_CONDITIONS, 0)).toEqual({ studies: 0, sizeBytes: 0 });
  });
});
