// Signed-distance primitives and local frames: the phantom is a list of painted shapes, cheap to evaluate per pixel.

/** Patient coordinates (DICOM LPS, mm): x = left, y = posterior, z = superior. */
export type Vec3 = readonly [number, number, number];

/**
 * A local frame that only rotates in the sagittal (y-z) plane, like every vertebra, disc and canal segment.
 * u = lateral (patient x), v = "posterior" axis, w = "superior" axis of the frame.
 */
export interface Frame {
  origin: Vec3;
  /** Unit posterior axis in the y-z plane. */
  post: readonly [number, number];
  /** Unit superior axis in the y-z plane (perpendicular to post). */
  up: readonly [number, number];
}

export const WORLD: Frame = { origin: [0, 0, 0], post: [1, 0], up: [0, 1] };

/** Frame tilted by `beta` (radians): positive beta turns the superior axis toward anterior (-y). */
export function tiltedFrame(origin: Vec3, beta: number): Frame {
  return { origin, post: [Math.cos(beta), Math.sin(beta)], up: [-Math.sin(beta), Math.cos(beta)] };
}

/** Point in a frame's local coordinates (u, v, w) back to patient coordinates. */
export function toWorld(f: Frame, u: number, v: number, w: number): Vec3 {
  return [f.origin[0] + u, f.origin[1] + v * f.post[0] + w * f.up[0], f.origin[2] + v * f.post[1] + w * f.up[1]];
}

export type Sdf = (u: number, v: number, w: number) => number;

/** Axis-aligned box in a frame's local (u, v, w) coordinates; the renderer only visits pixels inside it. */
export interface Box {
  lo: Vec3;
  hi: Vec3;
}

/**
 * Elliptic cross-section of a tube at height w, written to out as [cu, cv, ru, rv]; false where the tube is absent.
 * Soft tissue is made of such tubes; the renderer evaluates them inline, once per row, instead of per-pixel calls.
 */
export type Section = (w: number, out: Float64Array) => boolean;

/** A signed-distance function with the local boxes that contain everything it can paint. */
export interface Shape {
  sdf: Sdf;
  boxes: Box[];
  section?: Section;
  /** The section is mirrored across u = 0 (left and right muscles). */
  mirror?: boolean;
}

/** One painted tone of a structure: drawn where sdf + inset < 0, blended over what is below. */
export interface Layer {
  inset: number;
  /** T2-like brightness, roughly 0 (air, cortex) .. 1 (CSF). */
  value: number;
  /** Amplitude of the smooth texture field added inside this layer. */
  tex: number;
}

export interface Structure extends Shape {
  name: string;
  frame: Frame;
  layers: Layer[];
}

export const structure = (name: string, frame: Frame, shape: Shape, layers: Layer[]): Structure => ({
  name,
  frame,
  layers,
  sdf: shape.sdf,
  boxes: shape.boxes,
  section: shape.section,
  mirror: shape.mirror,
});

const around = (cu: number, cv: number, cw: number, hu: number, hv: number, hw: number, m = 1): Box => ({
  lo: [cu - hu - m, cv - hv - m, cw - hw - m],
  hi: [cu + hu + m, cv + hv + m, cw + hw + m],
});

/**
 * Distance to an ellipse/ellipsoid from its normalised coordinates (a = x/r...): k0 (k0 - 1) / k1 with
 * k1 = |x/r^2| (Quilez' bound), so rims and insets keep their thickness along the long axes too.
 */
export function ellipseDistance(a: number, b: number, c: number, ra: number, rb: number, rc: number): number {
  const k0 = Math.sqrt(a * a + b * b + c * c);
  const x = a / ra;
  const y = b / rb;
  const z = c / rc;
  const k1 = Math.sqrt(x * x + y * y + z * z);
  return k1 > 1e-9 ? (k0 * (k0 - 1)) / k1 : -Math.min(ra, rb, rc);
}

/** Elliptic cylinder along w, radii (ru, rv), half length hw. */
export function ellipticCylinder(ru: number, rv: number, hw: number, cu = 0, cv = 0): Shape {
  return {
    sdf: (u, v, w) => Math.max(ellipseDistance((u - cu) / ru, (v - cv) / rv, 0, ru, rv, 1), Math.abs(w) - hw),
    boxes: [around(cu, cv, 0, ru, rv, hw)],
  };
}

export function ellipsoid(ru: number, rv: number, rw: number, cu = 0, cv = 0, cw = 0): Shape {
  const sdf: Sdf = (u, v, w) => ellipseDistance((u - cu) / ru, (v - cv) / rv, (w - cw) / rw, ru, rv, rw);
  return { sdf, boxes: [around(cu, cv, cw, ru, rv, rw)] };
}

/** Axis-aligned box (half sizes) with rounded edges of radius r. */
export function box(hu: number, hv: number, hw: number, cu = 0, cv = 0, cw = 0, r = 1): Shape {
  const sdf: Sdf = (u, v, w) => {
    const qu = Math.abs(u - cu) - hu + r;
    const qv = Math.abs(v - cv) - hv + r;
    const qw = Math.abs(w - cw) - hw + r;
    const ou = qu > 0 ? qu : 0;
    const ov = qv > 0 ? qv : 0;
    const ow = qw > 0 ? qw : 0;
    return Math.sqrt(ou * ou + ov * ov + ow * ow) + Math.min(Math.max(qu, qv, qw), 0) - r;
  };
  return { sdf, boxes: [around(cu, cv, cw, hu, hv, hw)] };
}

/** A shape given by a raw sdf and hand-computed boxes (soft tissue that follows the curve). */
export const custom = (sdf: Sdf, ...boxes: Box[]): Shape => ({ sdf, boxes });

export const span = (lo: Vec3, hi: Vec3): Box => ({ lo, hi });

/** Cortex plus marrow: dark rim, brighter inside. */
export function bone(marrow: number, cortex = 1.3): Layer[] {
  return [
    { inset: 0, value: 0.07, tex: 0 },
    { inset: cortex, value: marrow, tex: 0.06 },
  ];
}

export const solid = (value: number, tex = 0): Layer[] => [{ inset: 0, value, tex }];
