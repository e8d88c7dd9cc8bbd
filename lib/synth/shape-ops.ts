// Shape combinators (mirror, intersect, shear, rotate) and soft-tissue tubes built from the primitives.
import type { Box, Sdf, Section, Shape } from "./shapes";

/** Tube of elliptic sections along w; distance approximated by the smaller radius, like ellipticCylinder. */
export function tube(section: Section, mirror: boolean, boxes: Box[]): Shape {
  const s = new Float64Array(4);
  const sdf: Sdf = (u, v, w) => {
    if (!section(w, s)) return 1e3;
    const a = ((mirror && u < 0 ? -u : u) - s[0]!) / s[2]!;
    const b = (v - s[1]!) / s[3]!;
    return (Math.sqrt(a * a + b * b) - 1) * Math.min(s[2]!, s[3]!);
  };
  return { sdf, boxes: mirror ? mirrored({ sdf, boxes }).boxes : boxes, section, mirror };
}

/** Mirror a shape across the mid-sagittal plane (left and right pedicles, muscles...). */
export function mirrored(s: Shape): Shape {
  const boxes = s.boxes.flatMap((b) => [
    b,
    { lo: [-b.hi[0], b.lo[1], b.lo[2]], hi: [-b.lo[0], b.hi[1], b.hi[2]] } as Box,
  ]);
  return { sdf: (u, v, w) => s.sdf(u < 0 ? -u : u, v, w), boxes };
}

/** Both must hold; painted area lies inside the first shape's boxes. */
export const intersect = (a: Shape, b: Sdf): Shape => ({
  sdf: (u, v, w) => Math.max(a.sdf(u, v, w), b(u, v, w)),
  boxes: a.boxes,
});

/** Shear w by v (e.g. spinous processes slope down as they go back). */
export function sheared(s: Shape, dwPerV: number, v0 = 0): Shape {
  const boxes = s.boxes.map((b): Box => {
    const k0 = (b.lo[1] - v0) * dwPerV;
    const k1 = (b.hi[1] - v0) * dwPerV;
    return { lo: [b.lo[0], b.lo[1], b.lo[2] - Math.max(k0, k1)], hi: [b.hi[0], b.hi[1], b.hi[2] - Math.min(k0, k1)] };
  });
  return { sdf: (u, v, w) => s.sdf(u, v, w + (v - v0) * dwPerV), boxes };
}

/** Rotate a shape (built around the origin) by `angle` in the u-v plane and move it to (cu, cv). */
export function rotatedUV(s: Shape, angle: number, cu: number, cv: number): Shape {
  const c = Math.cos(angle);
  const n = Math.sin(angle);
  const boxes = s.boxes.map((b): Box => {
    const r = Math.max(
      Math.hypot(b.lo[0], b.lo[1]),
      Math.hypot(b.hi[0], b.hi[1]),
      Math.hypot(b.lo[0], b.hi[1]),
      Math.hypot(b.hi[0], b.lo[1]),
    );
    return { lo: [cu - r, cv - r, b.lo[2]], hi: [cu + r, cv + r, b.hi[2]] };
  });
  return { sdf: (u, v, w) => s.sdf((u - cu) * c + (v - cv) * n, (v - cv) * c - (u - cu) * n, w), boxes };
}
