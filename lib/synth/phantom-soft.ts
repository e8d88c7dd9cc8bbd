// Soft tissue around the column (fat, muscles, kidneys, vessels, iliac wings), following the lordotic curve by z.
import type { PhantomParams } from "./params";
import { mirrored, tube } from "./shape-ops";
import {
  bone,
  custom,
  ellipseDistance,
  ellipsoid,
  solid,
  span,
  structure,
  WORLD,
  type Box,
  type Layer,
  type Section,
  type Shape,
  type Structure,
} from "./shapes";
import type { Spine } from "./spine-curve";
import { zLookup } from "./z-lookup";

const FAR = 1e4;
const world = (name: string, shape: Shape, layers: Layer[]) => structure(name, WORLD, shape, layers);

/** Muscle with a thin bright fascial fat rim, as on T2 TSE. */
const muscle = (rim = 1.2): Layer[] => [
  { inset: 0, value: 0.6, tex: 0.08 },
  { inset: rim, value: 0.2, tex: 0.07 },
];

/**
 * Boxes for a tube whose y follows `f(z)`: one per 20 mm of z with that stretch's own y range, so a slice
 * only visits the pixels near the tube, not the tube's whole sweep along the lordotic curve.
 */
function tubeBoxes(
  spine: Spine,
  f: (z: number) => number,
  x0: number,
  x1: number,
  dy0: number,
  dy1: number,
  zMin = -FAR,
  zMax = FAR,
): Box[] {
  const top = spine.vertebrae[0]!.frame.origin[2] + 40;
  const bottom = spine.vertebrae[spine.vertebrae.length - 1]!.frame.origin[2] - 40;
  const boxes: Box[] = [];
  for (let z1 = top + 20; z1 > bottom - 20; z1 -= 20) {
    const z0 = z1 - 20;
    let lo = Infinity;
    let hi = -Infinity;
    for (let z = z0; z <= z1; z += 1) {
      lo = Math.min(lo, f(z));
      hi = Math.max(hi, f(z));
    }
    const a = z1 >= top ? FAR : z1;
    const b = z0 <= bottom ? -FAR : z0;
    if (b > zMax || a < zMin) continue;
    boxes.push(span([x0, lo + dy0, Math.max(b, zMin)], [x1, hi + dy1, Math.min(a, zMax)]));
  }
  return boxes;
}

export function softTissue(spine: Spine, p: PhantomParams): Structure[] {
  const { canalY, bodyY } = spine;
  // The skin and abdominal wall follow the column only loosely: a 100 mm moving average of the canal line.
  const zs: number[] = [];
  for (
    let z = spine.vertebrae[0]!.frame.origin[2] + 150;
    z > spine.vertebrae[spine.vertebrae.length - 1]!.frame.origin[2] - 150;
    z -= 2
  )
    zs.push(z);
  const bodyLine = zLookup(
    zs,
    zs.map((z) => {
      let sum = 0;
      for (let d = -50; d <= 50; d += 2) sum += canalY(z + d);
      return sum / 51;
    }),
  );
  const fat = p.fatMm;
  const rx = 150 + fat;
  const ry = 100 + fat;
  // Back muscles follow the canal but never reach past the subcutaneous fat (the skin follows the smoothed line).
  const back = (w: number, rv: number) => bodyLine(w) - 45 + ry - fat - 3 - rv;
  const sec =
    (cu: number, dv: number, ru: number, rv: number, f: (z: number) => number, capped = false): Section =>
    (w, o) => {
      o[0] = cu;
      o[1] = capped ? Math.min(f(w) + dv, back(w, rv)) : f(w) + dv;
      o[2] = ru;
      o[3] = rv;
      return true;
    };
  // Centre line of a capped section, for its boxes: the cap can pull it well in front of canalY + dv (sacrum, top).
  const capped = (dv: number, rv: number) => (z: number) => Math.min(canalY(z) + dv, back(z, rv));
  const out: Structure[] = [
    world(
      "torso",
      tube(sec(0, -45, rx, ry, bodyLine), false, tubeBoxes(spine, bodyLine, -rx - 1, rx + 1, -46 - ry, -44 + ry)),
      [
        { inset: 0, value: 0.82, tex: 0.05 },
        { inset: fat, value: 0.22, tex: 0.05 },
        { inset: fat + 7, value: 0.4, tex: 0.16 },
      ],
    ),
    world(
      "posterior compartment",
      tube(sec(0, 8, 80, 46, canalY, true), false, tubeBoxes(spine, capped(8, 46), -81, 81, -47, 47)),
      solid(0.24, 0.08),
    ),
    world(
      "paraspinal muscles",
      tube(sec(27, 27, 25, 22, canalY, true), true, tubeBoxes(spine, capped(27, 22), 1, 53, -23, 23)),
      muscle(),
    ),
  ];

  const zTop = spine.vertebra("T12").frame.origin[2];
  const zS1 = spine.vertebra("S1").frame.origin[2];
  const psoas: Section = (w, o) => {
    if (w > zTop) return false;
    const t = Math.min(1.3, (zTop - w) / (zTop - zS1));
    o[2] = 5 + 15 * t;
    o[3] = 5 + 11 * t;
    o[0] = 21 * p.size + o[2] * 0.7 + Math.max(0, zS1 - w) * 0.6;
    o[1] = bodyY(w) + 3;
    return true;
  };
  out.push(world("psoas", tube(psoas, true, tubeBoxes(spine, bodyY, 10, 130, -18, 24, -FAR, zTop + 1)), muscle(1)));

  const zL4 = spine.vertebra("L4").frame.origin[2];
  const zL5 = spine.vertebra("L5").frame.origin[2];
  const front = 17 * p.size;
  const above =
    (z0: number, s: Section): Section =>
    (w, o) =>
      w >= z0 && s(w, o);
  const aorta = tube(
    above(zL4, sec(14, -front - 11, 10.5, 10, bodyY)),
    false,
    tubeBoxes(spine, bodyY, 2, 26, -front - 23, -front + 1, zL4 - 1),
  );
  const ivc = tube(
    above(zL5, sec(-17, -front - 7, 12, 8, bodyY)),
    false,
    tubeBoxes(spine, bodyY, -31, -3, -front - 17, -front + 3, zL5 - 1),
  );
  out.push(
    world("aorta", aorta, [
      { inset: 0, value: 0.3, tex: 0 },
      { inset: 1.5, value: 0.04, tex: 0 },
    ]),
  );
  out.push(world("inferior vena cava", ivc, solid(0.1)));

  const l1l2 = spine.disc("L1-L2").frame.origin;
  out.push(
    world("kidneys", mirrored(ellipsoid(24, 18, 52, 74, bodyY(l1l2[2]) + 20, l1l2[2])), [
      { inset: 0, value: 0.78, tex: 0.04 },
      { inset: 5, value: 0.55, tex: 0.06 },
      { inset: 13, value: 0.74, tex: 0.05 },
    ]),
  );

  const s1 = spine.vertebra("S1").frame.origin;
  const c = Math.cos(0.6);
  const sn = Math.sin(0.6);
  const ilium = custom(
    (u, v, w) => {
      const du = Math.abs(u) - 88;
      const dv = v - s1[1] - 12;
      return ellipseDistance((du * c - dv * sn) / 9, (du * sn + dv * c) / 42, (w - s1[2] - 8) / 48, 9, 42, 48);
    },
    span([54, s1[1] - 30, s1[2] - 42], [122, s1[1] + 54, s1[2] + 58]),
  );
  out.push(world("iliac wings", mirrored(ilium), bone(0.5, 2)));
  return out;
}
