// Geometry helpers for the phantom tests: evaluate a structure at a patient point, and check that everything a shape
// paints lies inside its boxes (the renderer only visits pixels inside them).
import { mulberry32 } from "../rng";
import type { Box, Frame, Shape, Structure, Vec3 } from "../shapes";

/** Patient point to a frame's local (u, v, w); the inverse of toWorld for these sagittal-only rotations. */
export function toLocal(f: Frame, p: Vec3): Vec3 {
  const dy = p[1] - f.origin[1];
  const dz = p[2] - f.origin[2];
  return [p[0] - f.origin[0], dy * f.post[0] + dz * f.post[1], dy * f.up[0] + dz * f.up[1]];
}

export const sdfAt = (s: Structure, p: Vec3): number => {
  const [u, v, w] = toLocal(s.frame, p);
  return s.sdf(u, v, w);
};

export const inBox = (b: Box, u: number, v: number, w: number) =>
  u >= b.lo[0] && u <= b.hi[0] && v >= b.lo[1] && v <= b.hi[1] && w >= b.lo[2] && w <= b.hi[2];

/** Bounds of a shape's boxes, clamped to +-limit (soft tissue uses 1e4 for "unbounded"). */
function bounds(s: Shape, limit: number): { lo: Vec3; hi: Vec3 } {
  const c = (x: number) => Math.max(-limit, Math.min(limit, x));
  const lo = [0, 1, 2].map((k) => c(Math.min(...s.boxes.map((b) => b.lo[k]!)))) as unknown as Vec3;
  const hi = [0, 1, 2].map((k) => c(Math.max(...s.boxes.map((b) => b.hi[k]!)))) as unknown as Vec3;
  return { lo, hi };
}

/**
 * Samples points in and around a shape's boxes (a margin beyond them on every side) and returns those the shape
 * paints (sdf < 0) that lie in none of its boxes: the renderer would silently clip them.
 */
export function paintedOutsideBoxes(s: Shape, seed: number, n = 400, margin = 15, limit = 400): Vec3[] {
  const rand = mulberry32(seed);
  const { lo, hi } = bounds(s, limit);
  const out: Vec3[] = [];
  for (let i = 0; i < n; i++) {
    const p = [0, 1, 2].map((k) => lo[k]! - margin + rand() * (hi[k]! - lo[k]! + 2 * margin)) as unknown as Vec3;
    if (s.sdf(p[0], p[1], p[2]) < 0 && !s.boxes.some((b) => inBox(b, p[0], p[1], p[2]))) out.push(p);
  }
  return out;
}
