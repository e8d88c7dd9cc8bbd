// Test helpers: random labelled studies, their labels CSV, and a brute-force cohort filter over them by name.
import { mulberry32 } from "../../synth/rng";
import type { CohortFilter } from "../filter";
import type { LabelRow } from "../labels-csv/parse-labels";
import { LABEL_HEADERS, labelCells } from "../labels-csv/write-labels";
import { SEX_VALUES, type SexValue } from "../labels";
import type { FilterVocab } from "../random-filter";

export const VOCAB = {
  conditions: ["Disc herniation", "Spinal stenosis", "Scoliosis", "Spondylosis", "No pathology", "Schmorl's nodes"],
  methods: ["MRI 1.5T", "MRI 3T", "Low-field MRI 0.3T"],
  sequences: ["SAG T2", "AX T2", "SAG T1", "SAG STIR"],
  scanners: [
    ["Philips", "Intera"],
    ["Philips", "Ingenia"],
    ["SIEMENS", "Skyra"],
    [null, null],
  ] as const,
  tesla: [1500, 3000, 300, 0],
};

export function randomStudies(seed: number, n: number, uidBase = `1.2.3.${seed}`): LabelRow[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const some = <T>(xs: readonly T[], min: number) => {
    const out = xs.filter(() => r() < 0.35);
    while (out.length < min) {
      const x = pick(xs);
      if (!out.includes(x)) out.push(x);
    }
    return out;
  };
  return Array.from({ length: n }, (_, i) => {
    const [manufacturer, model] = pick(VOCAB.scanners);
    const u = r();
    return {
      studyInstanceUid: `${uidBase}.${i + 1}`,
      conditions: some(VOCAB.conditions, 1),
      method: pick(VOCAB.methods),
      sequences: some(VOCAB.sequences, 0),
      sex: pick(SEX_VALUES) as SexValue,
      age: u < 0.1 ? -1 : u < 0.15 ? 90 : Math.floor(r() * 90),
      race: r() < 0.3 ? "Asian" : null,
      manufacturer,
      model,
      fieldStrength: pick(VOCAB.tesla),
      studyYear: 2020,
      seriesCount: 3,
      instanceCount: 60,
      sizeBytes: 1000 + Math.floor(r() * 1_000_000),
      objectKey: `studies/${uidBase}.${i + 1}.zip`,
      sha256: (i.toString(16) + "0".repeat(64)).slice(0, 64),
    };
  });
}

export function labelsCsv(rows: LabelRow[], delimiter: "," | ";" = ","): string {
  const q = (s: string) => (/[",;\n|]/.test(s) && !/^[^",;\n]*$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = rows.map((s) => labelCells(s).map(q).join(delimiter));
  return [LABEL_HEADERS.join(delimiter), ...lines].join("\n") + "\n";
}

/** The reference: evaluate the filter on every study, by label names. */
export function bruteForce(rows: LabelRow[], f: CohortFilter): LabelRow[] {
  const lc = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());
  return rows.filter((s) => {
    const conds = lc(s.conditions);
    const want = lc(f.conditions);
    if (
      want.length &&
      (f.match === "all" ? !want.every((c) => conds.includes(c)) : !want.some((c) => conds.includes(c)))
    )
      return false;
    if (f.methods.length && !lc(f.methods).includes(s.method.toLowerCase())) return false;
    if (f.sequences.length && !lc(f.sequences).every((q) => lc(s.sequences).includes(q))) return false;
    if (f.sex.length && !f.sex.includes(s.sex)) return false;
    if (f.ageMin !== undefined || f.ageMax !== undefined) {
      if (s.age < 0 || s.age < (f.ageMin ?? 0) || s.age > (f.ageMax ?? 1000)) return false;
    }
    if (f.manufacturers.length && !(s.manufacturer && lc(f.manufacturers).includes(s.manufacturer.toLowerCase())))
      return false;
    const model = s.model ? [s.manufacturer, s.model].filter(Boolean).join(" ").toLowerCase() : null;
    if (f.models.length && !(model && lc(f.models).includes(model))) return false;
    if (f.tesla.length && !f.tesla.map((t) => Math.round(t * 1000)).includes(s.fieldStrength)) return false;
    return true;
  });
}

/** The label values present in `rows`, for randomFilter (so every filter compiles). */
export function vocabOf(rows: LabelRow[]): FilterVocab {
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  return {
    conditions: uniq(rows.flatMap((s) => s.conditions)),
    methods: uniq(rows.map((s) => s.method)),
    sequences: uniq(rows.flatMap((s) => s.sequences)),
    manufacturers: uniq(rows.flatMap((s) => (s.manufacturer ? [s.manufacturer] : []))),
    models: uniq(rows.flatMap((s) => (s.model ? [[s.manufacturer, s.model].filter(Boolean).join(" ")] : []))),
    tesla: uniq(rows.flatMap((s) => (s.fieldStrength ? [s.fieldStrength / 1000] : []))),
  };
}

type Tally = Map<string, number>;
const bump = (m: Tally, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** The reference breakdown: studies per condition (every condition a study has), method, sex, age decade, scanner
 *  ("Manufacturer Model") and field strength, by label, tallied row by row. */
export function tallyBreakdown(rows: LabelRow[]) {
  const t = {
    conditions: new Map() as Tally,
    methods: new Map() as Tally,
    sex: new Map() as Tally,
    ages: new Map() as Tally,
    scanners: new Map() as Tally,
    fieldStrengths: new Map() as Tally,
  };
  const sexLabel = { F: "Female", M: "Male", O: "Other", U: "Not recorded" } as const;
  for (const s of rows) {
    for (const c of s.conditions) bump(t.conditions, c);
    bump(t.methods, s.method);
    bump(t.sex, sexLabel[s.sex]);
    const decade = Math.floor(s.age / 10) * 10;
    bump(t.ages, s.age < 0 ? "Not recorded" : s.age < 20 ? "0-19" : s.age >= 90 ? "90+" : `${decade}-${decade + 9}`);
    if (s.model) bump(t.scanners, [s.manufacturer, s.model].filter(Boolean).join(" "));
    bump(t.fieldStrengths, s.fieldStrength === 0 ? "Not recorded" : `${s.fieldStrength / 1000} T`);
  }
  return t;
}
