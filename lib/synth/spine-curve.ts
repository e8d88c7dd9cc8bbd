// Lordotic spinal column T11..S4: vertebra and disc frames plus z-lookups that soft tissue follows.
import { DISC_LEVELS, type PhantomParams } from "./params";
import { tiltedFrame, toWorld, type Frame } from "./shapes";
import { zLookup } from "./z-lookup";

export interface Vertebra {
  name: string;
  frame: Frame;
  /** Tilt of the frame (radians, + = superior axis turned anterior). */
  beta: number;
  /** Body height, AP half-depth, lateral half-width (mm). */
  h: number;
  ry: number;
  rx: number;
  sacral: boolean;
  /** Thecal sac centre along the frame's posterior axis, and its half sizes. */
  canalV: number;
  canalRu: number;
  canalRv: number;
}

export interface Disc {
  level: string;
  frame: Frame;
  h: number;
  ry: number;
  rx: number;
  /** Height change per mm toward posterior (lordotic discs are taller in front). */
  wedge: number;
  upper: Vertebra;
  lower: Vertebra;
}

// name, body height, AP depth, width, disc below, tilt (deg) before lordosis scaling
const TABLE: ReadonlyArray<readonly [string, number, number, number, number, number]> = [
  ["T11", 22, 28, 36, 6, -6],
  ["T12", 23, 30, 40, 7, -10],
  ["L1", 25, 32, 44, 9, -14],
  ["L2", 26, 33, 46, 10, -10],
  ["L3", 27, 34, 48, 11, -1],
  ["L4", 27, 35, 50, 11, 10],
  ["L5", 26, 35, 52, 10, 22],
  ["S1", 24, 34, 50, 3, 38],
  ["S2", 18, 26, 36, 2, 46],
  ["S3", 14, 20, 28, 2, 50],
  ["S4", 11, 15, 22, 0, 52],
];

export interface Spine {
  vertebrae: Vertebra[];
  discs: Disc[];
  /** Lumbar disc L1-L2..L5-S1 by level name. */
  disc(level: string): Disc;
  vertebra(name: string): Vertebra;
  /** y of the vertebral body centre line / thecal sac centre at height z (clamped at the ends). */
  bodyY(z: number): number;
  canalY(z: number): number;
  /** Min and max of bodyY / canalY over all z. */
  bodyRange: [number, number];
  canalRange: [number, number];
}

const DEG = Math.PI / 180;

export function buildSpine(p: PhantomParams): Spine {
  const s = p.size;
  const degenerated = new Set<string>(p.degenerated);
  const raw: { name: string; y: number; z: number; beta: number; h: number; ry: number; rx: number; disc: number }[] =
    [];
  let y = 0;
  let z = 0;
  TABLE.forEach(([name, h, depth, width, discBelow, tilt], i) => {
    const beta = tilt * DEG * p.lordosis;
    const prev = raw[i - 1];
    if (prev) {
      // Walk from the previous centre down through its lower endplate, the disc, to this centre.
      const mid = (prev.beta + beta) / 2;
      const step = prev.h / 2 + prev.disc + (h * s) / 2;
      y += Math.sin(mid) * step;
      z -= Math.cos(mid) * step;
    }
    const level = `${name}-${TABLE[i + 1]?.[0] ?? ""}`;
    const lost = degenerated.has(level) ? 0.7 : 1;
    raw.push({ name, y, z, beta, h: h * s, ry: (depth * s) / 2, rx: (width * s) / 2, disc: discBelow * s * lost });
  });
  const l3 = raw[4]!;
  const dy = -25 - l3.y;
  const dz = 10 - l3.z;
  const vertebrae: Vertebra[] = raw.map((r) => {
    const canalRv = (r.name.startsWith("S") ? 5.5 : 7) * s;
    return {
      name: r.name,
      frame: tiltedFrame([0, r.y + dy, r.z + dz], r.beta),
      beta: r.beta,
      h: r.h,
      ry: r.ry,
      rx: r.rx,
      sacral: r.name.startsWith("S"),
      canalV: 0.85 * r.ry + 1.5 + canalRv,
      canalRu: (r.name.startsWith("S") ? 12 : r.name === "L5" ? 11.5 : 10.5) * s,
      canalRv,
    };
  });
  const discs: Disc[] = [];
  for (let i = 0; i + 1 < vertebrae.length; i++) {
    const a = vertebrae[i]!;
    const b = vertebrae[i + 1]!;
    const lowA = toWorld(a.frame, 0, 0, -a.h / 2);
    const upB = toWorld(b.frame, 0, 0, b.h / 2);
    const ly = lowA[1] - upB[1];
    const lz = lowA[2] - upB[2];
    const h = Math.hypot(ly, lz);
    if (h < 0.5) continue;
    const beta = Math.atan2(-ly, lz);
    discs.push({
      level: `${a.name}-${b.name}`,
      frame: tiltedFrame([0, (lowA[1] + upB[1]) / 2, (lowA[2] + upB[2]) / 2], beta),
      h,
      ry: (a.ry + b.ry) / 2 + 0.8,
      rx: (a.rx + b.rx) / 2 + 0.8,
      wedge: Math.tan(b.beta - a.beta),
      upper: a,
      lower: b,
    });
  }
  const bodyYs = vertebrae.map((v) => v.frame.origin[1]);
  const canalYs = vertebrae.map((v) => toWorld(v.frame, 0, v.canalV, 0)[1]);
  const bodyY = zLookup(
    vertebrae.map((v) => v.frame.origin[2]),
    bodyYs,
  );
  const canalY = zLookup(
    vertebrae.map((v) => toWorld(v.frame, 0, v.canalV, 0)[2]),
    canalYs,
  );
  return {
    vertebrae,
    discs,
    disc: (level) => {
      const d = discs.find((x) => x.level === level);
      if (!d) throw new Error(`no disc ${level}`);
      return d;
    },
    vertebra: (name) => {
      const v = vertebrae.find((x) => x.name === name);
      if (!v) throw new Error(`no vertebra ${name}`);
      return v;
    },
    bodyY,
    canalY,
    bodyRange: [Math.min(...bodyYs), Math.max(...bodyYs)],
    canalRange: [Math.min(...canalYs), Math.max(...canalYs)],
  };
}

export const LUMBAR_DISCS = DISC_LEVELS;
