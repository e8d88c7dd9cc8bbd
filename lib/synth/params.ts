// Per-study phantom variation (anatomy, pathology, demographics) drawn from the seed; the report is written from it.
import { makeRng } from "./rng";

export const DISC_LEVELS = ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"] as const;
export type DiscLevel = (typeof DISC_LEVELS)[number];

export type HerniationSide = "median" | "left paramedian" | "right paramedian";

export interface Herniation {
  level: DiscLevel;
  kind: "protrusion" | "extrusion";
  side: HerniationSide;
  /** How far the disc material reaches behind the posterior disc margin, mm. */
  depthMm: number;
  /** Lateral offset of the herniation centre (patient x, + = left), mm. */
  xMm: number;
  /** Craniocaudal migration of an extrusion (negative = caudal), mm. */
  migrationMm: number;
}

export interface PhantomParams {
  studyIndex: number;
  ageYears: number;
  sex: "M" | "F";
  race: string;
  /** Scales vertebral and disc dimensions (0.92 .. 1.08). */
  size: number;
  /** Scales the lordotic curve (0.75 .. 1.25). */
  lordosis: number;
  /** Posterior subcutaneous fat thickness, mm. */
  fatMm: number;
  /** Levels with dehydrated (dark, thinner) discs. */
  degenerated: DiscLevel[];
  herniation: Herniation;
  /** Conus tip along the canal from the T12 centre (0) to the L2 centre (1); 0.75 is the L1-L2 disc. */
  conus: number;
  symptomMonths: number;
}

const RACES = ["White", "Asian", "Black or African American", "Hispanic or Latino", "Middle Eastern"] as const;

/** Study 1 is always the textbook case (median L4-L5 extrusion); later studies vary. */
export function phantomParams(seed: string | number, studyIndex: number): PhantomParams {
  const r = makeRng(seed, `study-${studyIndex}-params`);
  const first = studyIndex === 1;
  const level: DiscLevel = first ? "L4-L5" : r.pick(["L3-L4", "L4-L5", "L4-L5", "L5-S1", "L5-S1"] as const);
  const side: HerniationSide = first ? "median" : r.pick(["median", "left paramedian", "right paramedian"] as const);
  const kind = first ? "extrusion" : r.chance(0.45) ? "extrusion" : "protrusion";
  const depthMm = kind === "extrusion" ? r.range(6.5, 8.5) : r.range(4.5, 6);
  const xMm = side === "median" ? 0 : (side === "left paramedian" ? 1 : -1) * r.range(3, 5);
  const levelIndex = DISC_LEVELS.indexOf(level);
  const degenerated = new Set<DiscLevel>([level]);
  const below = DISC_LEVELS[levelIndex + 1];
  const above = DISC_LEVELS[levelIndex - 1];
  if (below && (first || r.chance(0.5))) degenerated.add(below);
  if (above && !first && r.chance(0.3)) degenerated.add(above);
  return {
    studyIndex,
    ageYears: first ? 45 : r.int(24, 78),
    sex: first ? "M" : r.pick(["M", "F"] as const),
    race: first ? "White" : r.pick(RACES),
    size: first ? 1 : r.range(0.92, 1.08),
    lordosis: first ? 1 : r.range(0.75, 1.25),
    fatMm: first ? 16 : r.range(8, 34),
    degenerated: DISC_LEVELS.filter((l) => degenerated.has(l)),
    herniation: {
      level,
      kind,
      side,
      depthMm: first ? 6.5 : depthMm,
      xMm,
      migrationMm: kind === "extrusion" ? -(first ? 3 : r.range(0, 5)) : 0,
    },
    conus: first ? 0.75 : r.range(0.45, 0.95),
    symptomMonths: first ? 4 : r.int(1, 24),
  };
}
