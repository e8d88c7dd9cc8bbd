// A synthetic catalogue whose per-condition and per-method totals are the statistics CSV's, scaled to the requested
// size (exactly the CSV's when the sizes agree): each (condition, method) cell of the CSV becomes that many studies
// with it as the primary condition; everything else (secondary findings, protocol, demographics, scanner) is drawn
// from a seeded PRNG, so the same seed gives the same catalogue.
import { createHash } from "node:crypto";
import { hash32, mulberry32 } from "../synth/rng";
import type { StatRow } from "../dataset/csv/types";
import type { LabelRow } from "./labels-csv/parse-labels";
import type { SexValue } from "./labels";

export type SynthOptions = { studies: number; seed: string; stats: StatRow[] };

/** Largest-remainder scaling of the CSV cells to `studies` (exact when the totals match). */
export function allocate(stats: StatRow[], studies: number): number[] {
  const total = stats.reduce((s, r) => s + r.studies, 0);
  if (total === 0) throw new Error("the statistics have no studies to scale from");
  const raw = stats.map((r) => (r.studies * studies) / total);
  const out = raw.map(Math.floor);
  let left = studies - out.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i]!++;
  }
  return out;
}

type Scanner = { manufacturer: string; model: string; weight: number };
const SCANNERS: Record<string, Scanner[]> = {
  high: [
    { manufacturer: "Philips Medical Systems", model: "Ingenia", weight: 45 },
    { manufacturer: "SIEMENS", model: "Skyra", weight: 30 },
    { manufacturer: "GE MEDICAL SYSTEMS", model: "Discovery MR750", weight: 25 },
  ],
  mid: [
    { manufacturer: "Philips Medical Systems", model: "Intera", weight: 60 },
    { manufacturer: "Philips Medical Systems", model: "Achieva", weight: 15 },
    { manufacturer: "SIEMENS", model: "Avanto", weight: 12 },
    { manufacturer: "GE MEDICAL SYSTEMS", model: "Signa HDxt", weight: 13 },
  ],
  low: [
    { manufacturer: "Hitachi Medical Corporation", model: "AIRIS Vento", weight: 70 },
    { manufacturer: "Esaote", model: "O-scan", weight: 30 },
  ],
};

const PROTOCOLS: { sequences: string[]; weight: number }[] = [
  { sequences: ["SAG T2", "SAG T1", "AX T2"], weight: 55 },
  { sequences: ["SAG T2", "AX T2"], weight: 20 },
  { sequences: ["SAG T2", "SAG T1", "SAG STIR", "AX T2"], weight: 20 },
  { sequences: ["SAG T2", "SAG T1", "AX T2", "AX T1", "COR T2"], weight: 5 },
];
const CONTRAST = ["SAG T1 +C", "AX T1 +C"];
const RACES = ["White", "Asian", "Black or African American", "Hispanic or Latino", "Middle Eastern"];

function weighted<T extends { weight: number }>(items: T[], u: number): T {
  const total = items.reduce((s, x) => s + x.weight, 0);
  let x = u * total;
  for (const it of items) if ((x -= it.weight) < 0) return it;
  return items[items.length - 1]!;
}

/** Tesla values a method name states ("MRI 3T" -> [3]; "Low-field MRI 0.3–0.5T" -> [0.3, 0.5]); 1.5 when silent. */
export function teslaOf(method: string): number[] {
  const range = /(\d+(?:[.,]\d+)?)\s*[–-]\s*(\d+(?:[.,]\d+)?)\s*T\b/i.exec(method);
  if (range) return [Number(range[1]!.replace(",", ".")), Number(range[2]!.replace(",", "."))];
  const one = /(\d+(?:[.,]\d+)?)\s*T\b/i.exec(method);
  return one ? [Number(one[1]!.replace(",", "."))] : [1.5];
}

const isNoPathology = (c: string) => /no pathology|normal|no findings/i.test(c);

/** Yields every synthetic study, cell by cell; `index` is 0-based and stable for a seed and size. */
export function* synthStudies(o: SynthOptions): Generator<LabelRow> {
  const cells = allocate(o.stats, o.studies);
  const conditions = [...new Set(o.stats.map((r) => r.condition))];
  const weightOf = new Map<string, number>();
  for (const r of o.stats) weightOf.set(r.condition, (weightOf.get(r.condition) ?? 0) + r.studies);
  const findings = conditions.filter((c) => !isNoPathology(c)).map((c) => ({ c, weight: weightOf.get(c) ?? 1 }));
  const seedHash = hash32(o.seed);
  const root = `1.2.826.0.1.3680043.10.1338.${seedHash}`;
  let index = 0;
  for (const [cell, n] of cells.entries()) {
    const stat = o.stats[cell]!;
    const teslas = teslaOf(stat.method);
    const contrast = /contrast|\+c\b|gad/i.test(stat.method);
    for (let k = 0; k < n; k++, index++) {
      const rnd = mulberry32(seedHash ^ Math.imul(index + 1, 0x9e3779b1));
      const list = [stat.condition];
      if (!isNoPathology(stat.condition)) {
        const u = rnd();
        const extra = u < 0.45 ? 0 : u < 0.8 ? 1 : u < 0.95 ? 2 : 3;
        for (let e = 0; e < extra; e++) {
          const c = weighted(findings, rnd()).c;
          if (!list.includes(c)) list.push(c);
        }
      }
      const tesla = teslas[Math.floor(rnd() * teslas.length)]!;
      const scanner = weighted(SCANNERS[tesla >= 2 ? "high" : tesla >= 1 ? "mid" : "low"]!, rnd());
      const sequences = [...weighted(PROTOCOLS, rnd()).sequences, ...(contrast ? CONTRAST : [])];
      const su = rnd();
      const sex: SexValue = su < 0.52 ? "F" : su < 0.99 ? "M" : "U";
      const ageU = rnd();
      // Roughly normal around 50 (sum of three uniforms), 18-90; 2 % not recorded.
      const age = ageU < 0.02 ? -1 : Math.min(90, Math.max(18, Math.round(50 + (rnd() + rnd() + rnd() - 1.5) * 34)));
      const race = rnd() < 0.4 ? RACES[Math.floor(rnd() * RACES.length)]! : null;
      const seriesCount = sequences.length;
      const instanceCount = seriesCount * (15 + Math.floor(rnd() * 11));
      const uid = `${root}.${100_000_000 + index}`;
      yield {
        studyInstanceUid: uid,
        conditions: list,
        method: stat.method,
        sequences,
        sex,
        age,
        race,
        manufacturer: scanner.manufacturer,
        model: scanner.model,
        fieldStrength: Math.round(tesla * 1000),
        studyYear: 2014 + Math.floor(rnd() * 11),
        seriesCount,
        instanceCount,
        sizeBytes: instanceCount * (280_000 + Math.floor(rnd() * 50_000)) + 180_000,
        objectKey: `studies/${uid}.zip`,
        sha256: createHash("sha256").update(`synthetic|${uid}`).digest("hex"),
      };
    }
  }
}
