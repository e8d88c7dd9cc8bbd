// Spinal canal (ligament sheath, epidural fat, CSF), cord with conus, cauda equina and foraminal roots.
import type { PhantomParams } from "./params";
import { mirrored } from "./shape-ops";
import {
  custom,
  ellipsoid,
  ellipticCylinder,
  solid,
  span,
  structure,
  toWorld,
  type Frame,
  type Sdf,
  type Shape,
  type Structure,
  type Vec3,
} from "./shapes";
import type { Spine, Vertebra } from "./spine-curve";

/** Local (not imported) so the hot per-pixel closures avoid cross-module export getters under tsx. */
const len = (a: number, b: number) => Math.sqrt(a * a + b * b);

interface Segment {
  frame: Frame;
  half: number;
  ru: number;
  rv: number;
  /** Index of the lower vertebra in spine.vertebrae (0 for the piece above T11). */
  lower: number;
}

const canalPoint = (v: Vertebra, w = 0): Vec3 => toWorld(v.frame, 0, v.canalV, w);

function segmentBetween(a: Vec3, b: Vec3, ru: number, rv: number, lower: number, extra = 2.5): Segment {
  const ly = a[1] - b[1];
  const lz = a[2] - b[2];
  const len = Math.hypot(ly, lz);
  const up: [number, number] = [ly / len, lz / len];
  const frame: Frame = { origin: [0, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2], up, post: [up[1], -up[0]] };
  return { frame, half: len / 2 + extra, ru, rv, lower };
}

function canalSegments(spine: Spine): Segment[] {
  const vs = spine.vertebrae;
  const first = vs[0]!;
  const segs = [segmentBetween(canalPoint(first, 60), canalPoint(first), first.canalRu, first.canalRv, 0)];
  for (let i = 1; i < vs.length; i++) {
    const a = vs[i - 1]!;
    const b = vs[i]!;
    segs.push(
      segmentBetween(canalPoint(a), canalPoint(b), (a.canalRu + b.canalRu) / 2, (a.canalRv + b.canalRv) / 2, i),
    );
  }
  return segs;
}

function segStructure(name: string, s: Segment, shape: Shape, value: number, tex = 0): Structure {
  return structure(name, s.frame, shape, solid(value, tex));
}

/** Box around the thecal sac of a segment, for shapes built by hand. */
const sacBox = (s: Segment) => span([-s.ru - 1, -s.rv - 1, -s.half - 1], [s.ru + 1, s.rv + 1, s.half + 1]);

/** Canal contents, painted in passes so one segment's sheath never covers its neighbour's CSF. */
export function canal(spine: Spine, p: PhantomParams): Structure[] {
  const segs = canalSegments(spine);
  const s2 = spine.vertebrae.findIndex((v) => v.name === "S2");
  const sac = segs.filter((s) => s.lower <= s2);
  const out: Structure[] = [];
  for (const s of segs)
    out.push(segStructure("ligament sheath", s, ellipticCylinder(s.ru + 3, s.rv + 3.4, s.half, 0, 1.4), 0.1));
  for (const s of segs)
    out.push(segStructure("epidural fat", s, ellipticCylinder(s.ru + 1.5, s.rv + 2.2, s.half, 0, 1.2), 0.8, 0.03));
  for (const s of sac) {
    const half = s.lower === s2 ? s.half * 0.6 : s.half;
    out.push(segStructure("thecal sac", s, ellipticCylinder(s.ru, s.rv, half), 1, 0.01));
  }
  // Conus tip on the canal path between the T12 and L2 centres.
  const t12 = canalPoint(spine.vertebra("T12"));
  const l2 = canalPoint(spine.vertebra("L2"));
  const tip: Vec3 = [0, t12[1] + (l2[1] - t12[1]) * p.conus, t12[2] + (l2[2] - t12[2]) * p.conus];
  const l2i = spine.vertebrae.findIndex((v) => v.name === "L2");
  for (const s of segs) {
    const f = s.frame;
    const wTip = (tip[1] - f.origin[1]) * f.up[0] + (tip[2] - f.origin[2]) * f.up[1];
    if (wTip > s.half) continue;
    const cord: Sdf = (u, v, w) => {
      const k = Math.min(1, (w - wTip) / 16);
      if (k <= 0) return 10;
      const r = len(u / 4.6, (v - 0.6) / 3.8);
      return Math.max((r - Math.sqrt(k)) * 3.8, Math.abs(w) - s.half);
    };
    out.push(segStructure("cord", s, custom(cord, sacBox(s)), 0.36, 0.02));
  }
  // Cauda equina: roots layered dorsally, fewer at each level as they exit.
  for (const s of sac) {
    if (s.lower < l2i - 1) continue;
    const perSide = Math.max(1, 6 - Math.max(0, s.lower - l2i));
    const us: number[] = [];
    const vs: number[] = [];
    for (let i = 0; i < perSide; i++) {
      for (const side of [-1, 1]) {
        us.push(side * (1.3 + i * 1.5));
        vs.push(s.rv * 0.3 + (i % 2) * 1.5 - i * 0.25);
      }
    }
    const f = s.frame;
    const wTip = (tip[1] - f.origin[1]) * f.up[0] + (tip[2] - f.origin[2]) * f.up[1];
    const roots: Sdf = (u, v, w) => {
      if (w > wTip) return 10;
      let best = 100;
      for (let i = 0; i < us.length; i++) {
        const du = u - us[i]!;
        const dv = v - vs[i]!;
        const d2 = du * du + dv * dv;
        if (d2 < best) best = d2;
      }
      return Math.max(Math.sqrt(best) - 0.75, Math.abs(w) - s.half);
    };
    out.push(segStructure("cauda equina", s, custom(roots, sacBox(s)), 0.3));
  }
  return out;
}

/** Neural foramen below each lumbar pedicle: fat with the exiting root near its roof. */
export function foramina(spine: Spine): Structure[] {
  const out: Structure[] = [];
  for (const v of spine.vertebrae) {
    if (!/^(T12|L\d)$/.test(v.name)) continue;
    const cu = v.canalRu + 5.5;
    const cv = v.canalV - 1;
    const cw = -v.h * 0.5;
    out.push(
      structure(`${v.name} foramen`, v.frame, mirrored(ellipsoid(3.6, 4.4, 7.5, cu, cv, cw)), solid(0.74, 0.03)),
    );
    out.push(
      structure(
        `${v.name} exiting root`,
        v.frame,
        mirrored(ellipsoid(1.9, 1.9, 2.6, cu, cv - 0.5, cw + 3.5)),
        solid(0.3),
      ),
    );
  }
  return out;
}
