// Signed-distance primitives and frames: exact distances where they are exact, signs everywhere, and boxes that hold
// everything a shape paints.
import { describe, expect, it } from "vitest";
import {
  bone,
  box,
  custom,
  ellipseDistance,
  ellipsoid,
  ellipticCylinder,
  solid,
  span,
  structure,
  tiltedFrame,
  toWorld,
  WORLD,
} from "./shapes";
import { paintedOutsideBoxes, toLocal } from "./test-utils/geometry";

describe("frames", () => {
  it("WORLD is the identity", () => {
    expect(toWorld(WORLD, 1, 2, 3)).toEqual([1, 2, 3]);
  });

  it("a tilted frame is orthonormal and a positive tilt turns its superior axis anterior (-y)", () => {
    for (const beta of [-0.7, 0, 0.3, 1.2]) {
      const f = tiltedFrame([5, 6, 7], beta);
      expect(Math.hypot(...f.post)).toBeCloseTo(1, 12);
      expect(Math.hypot(...f.up)).toBeCloseTo(1, 12);
      expect(f.post[0] * f.up[0] + f.post[1] * f.up[1]).toBeCloseTo(0, 12);
    }
    const f = tiltedFrame([0, 0, 0], Math.PI / 2);
    const top = toWorld(f, 0, 0, 10);
    expect(top[1]).toBeCloseTo(-10, 12);
    expect(top[2]).toBeCloseTo(0, 12);
    // The lateral axis never rotates.
    expect(toWorld(tiltedFrame([1, 2, 3], 0.8), 4, 0, 0)).toEqual([5, 2, 3]);
  });

  it("toWorld keeps distances (a rigid motion) and inverts", () => {
    const f = tiltedFrame([3, -20, 40], 0.37);
    const a = toWorld(f, 1, 2, 3);
    const b = toWorld(f, -4, 6, -1);
    expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeCloseTo(Math.hypot(5, -4, 4), 10);
    const back = toLocal(f, a);
    [1, 2, 3].forEach((x, k) => expect(back[k]).toBeCloseTo(x, 10));
  });
});

describe("ellipseDistance", () => {
  it("is the exact distance to a sphere's surface", () => {
    const r = 5;
    for (const [x, y, z] of [
      [8, 0, 0],
      [0, -2, 0],
      [3, 4, 12],
      [1, 1, 1],
    ] as const) {
      const d = ellipseDistance(x / r, y / r, z / r, r, r, r);
      expect(d).toBeCloseTo(Math.hypot(x, y, z) - r, 10);
    }
  });

  it("is zero on an ellipse's axes ends and negative at its centre", () => {
    expect(ellipseDistance(1, 0, 0, 10, 3, 1)).toBeCloseTo(0, 12);
    expect(ellipseDistance(0, -1, 0, 10, 3, 1)).toBeCloseTo(0, 12);
    expect(ellipseDistance(0, 0, 0, 10, 3, 2)).toBe(-2);
    // 2 mm beyond the end of the long axis reads 2 mm, not 2/10 of a radius.
    expect(ellipseDistance(12 / 10, 0, 0, 10, 3, 1)).toBeCloseTo(2, 10);
  });
});

describe("primitives", () => {
  it("ellipticCylinder: surface at the radii, caps at +-hw, centred at (cu, cv)", () => {
    const c = ellipticCylinder(6, 3, 10, 2, -1);
    expect(c.sdf(2 + 6, -1, 0)).toBeCloseTo(0, 10);
    expect(c.sdf(2, -1 + 3, 0)).toBeCloseTo(0, 10);
    expect(c.sdf(2, -1, 0)).toBeLessThan(0);
    expect(c.sdf(2, -1, 11)).toBeCloseTo(1, 10);
    expect(c.sdf(2, -1, -12)).toBeCloseTo(2, 10);
    expect(c.sdf(2 + 7, -1, 0)).toBeCloseTo(1, 10);
  });

  it("ellipsoid: zero at (c + r) on each axis", () => {
    const e = ellipsoid(4, 5, 6, 1, 2, 3);
    expect(e.sdf(5, 2, 3)).toBeCloseTo(0, 10);
    expect(e.sdf(1, -3, 3)).toBeCloseTo(0, 10);
    expect(e.sdf(1, 2, 9)).toBeCloseTo(0, 10);
    expect(e.sdf(1, 2, 3)).toBeLessThan(0);
    expect(e.sdf(1, 2, 10)).toBeCloseTo(1, 10);
  });

  it("box: exact distance off a face, -min half size at the centre, edges rounded by r", () => {
    const b = box(10, 4, 6, 0, 0, 0, 1);
    expect(b.sdf(0, 0, 0)).toBeCloseTo(-4, 12);
    expect(b.sdf(12, 0, 0)).toBeCloseTo(2, 12);
    expect(b.sdf(0, -7, 0)).toBeCloseTo(3, 12);
    expect(b.sdf(10, 0, 0)).toBeCloseTo(0, 12);
    // The sharp corner (10, 4) is cut: its distance is to the r = 1 arc centred at (9, 3).
    expect(b.sdf(10, 4, 0)).toBeCloseTo(Math.SQRT2 - 1, 12);
    // Offset centre.
    expect(box(2, 2, 2, 5, 6, 7).sdf(5, 6, 7)).toBeCloseTo(-2, 12);
  });

  it("every primitive paints only inside its boxes", () => {
    const shapes = [
      ellipticCylinder(6, 3, 10, 2, -1),
      ellipsoid(4, 25, 6, 1, 2, 3),
      box(10, 4, 6, -3, 8, 1, 2),
      custom((u, v, w) => Math.hypot(u, v, w) - 3, span([-4, -4, -4], [4, 4, 4])),
    ];
    shapes.forEach((s, i) => expect(paintedOutsideBoxes(s, i + 1)).toEqual([]));
    // The check itself finds a box too small for its shape.
    const clipped = custom((u, v, w) => Math.hypot(u, v, w) - 3, span([-2, -2, -2], [2, 2, 2]));
    expect(paintedOutsideBoxes(clipped, 9).length).toBeGreaterThan(0);
  });
});

describe("layers and structures", () => {
  it("bone: a dark cortex rim of the given thickness over brighter textured marrow", () => {
    const [cortex, marrow] = bone(0.5, 2);
    expect(cortex).toEqual({ inset: 0, value: 0.07, tex: 0 });
    expect(marrow!.inset).toBe(2);
    expect(marrow!.value).toBe(0.5);
    expect(marrow!.value).toBeGreaterThan(cortex!.value);
    expect(bone(0.5)[1]!.inset).toBe(1.3);
  });

  it("solid: one layer from the surface", () => {
    expect(solid(0.3)).toEqual([{ inset: 0, value: 0.3, tex: 0 }]);
  });

  it("structure keeps the shape's sdf, boxes and tube fields with its name, frame and layers", () => {
    const shape = ellipsoid(1, 1, 1);
    const f = tiltedFrame([0, 1, 2], 0.1);
    const s = structure("x", f, shape, solid(0.5));
    expect(s.name).toBe("x");
    expect(s.frame).toBe(f);
    expect(s.sdf).toBe(shape.sdf);
    expect(s.boxes).toBe(shape.boxes);
    expect(s.section).toBeUndefined();
    expect(s.layers).toEqual(solid(0.5));
  });
});
