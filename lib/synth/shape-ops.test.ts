// Shape combinators: each keeps the painted region inside its boxes and moves it where its doc says.
import { describe, expect, it } from "vitest";
import { intersect, mirrored, rotatedUV, sheared, tube } from "./shape-ops";
import { box, ellipsoid, span, type Section } from "./shapes";
import { paintedOutsideBoxes } from "./test-utils/geometry";

describe("mirrored", () => {
  const s = mirrored(ellipsoid(3, 4, 5, 10, 2, 1));

  it("paints the shape and its mirror image across u = 0", () => {
    expect(s.sdf(10, 2, 1)).toBeLessThan(0);
    expect(s.sdf(-10, 2, 1)).toBeLessThan(0);
    expect(s.sdf(-13, 2, 1)).toBeCloseTo(0, 10);
    expect(s.sdf(0, 2, 1)).toBeGreaterThan(0);
    for (const u of [-14, -3, 0.5, 7]) expect(s.sdf(u, 1, 2)).toBe(s.sdf(-u, 1, 2));
  });

  it("doubles the boxes, the copies mirrored in u", () => {
    expect(s.boxes).toHaveLength(2);
    expect(s.boxes[1]!.lo[0]).toBe(-s.boxes[0]!.hi[0]);
    expect(s.boxes[1]!.hi[0]).toBe(-s.boxes[0]!.lo[0]);
    expect(paintedOutsideBoxes(s, 1)).toEqual([]);
  });
});

describe("intersect", () => {
  it("paints only where both hold, within the first shape's boxes", () => {
    const a = box(10, 10, 10);
    const s = intersect(a, (u) => u); // half space u < 0
    expect(s.sdf(-5, 0, 0)).toBeLessThan(0);
    expect(s.sdf(5, 0, 0)).toBeGreaterThan(0);
    expect(s.sdf(-20, 0, 0)).toBeGreaterThan(0);
    expect(s.boxes).toBe(a.boxes);
  });
});

describe("sheared", () => {
  it("moves each v-slab of the shape down by (v - v0) * dwPerV", () => {
    const base = box(2, 10, 2, 0, 10, 0, 0.5);
    const s = sheared(base, 0.5, 0);
    // At v = 16 the shape sits 8 mm lower: its centre is at w = -8.
    expect(s.sdf(0, 16, -8)).toBeCloseTo(base.sdf(0, 16, 0), 12);
    expect(s.sdf(0, 16, -8)).toBeLessThan(0);
    expect(s.sdf(0, 16, 0)).toBeGreaterThan(0);
    // At v = v0 nothing moves.
    expect(s.sdf(1, 0.5, 1)).toBe(base.sdf(1, 0.5, 1));
    expect(paintedOutsideBoxes(s, 2)).toEqual([]);
    expect(paintedOutsideBoxes(sheared(base, -0.8, 4), 3)).toEqual([]);
  });
});

describe("rotatedUV", () => {
  it("turns the shape's u axis by the angle and moves its origin to (cu, cv)", () => {
    const rod = box(10, 1, 2, 0, 0, 0, 0.5); // long along u
    const s = rotatedUV(rod, Math.PI / 2, 5, -3);
    // A quarter turn lays the rod along v.
    expect(s.sdf(5, -3 + 8, 0)).toBeLessThan(0);
    expect(s.sdf(5 + 8, -3, 0)).toBeGreaterThan(0);
    expect(s.sdf(5, -3, 0)).toBeCloseTo(rod.sdf(0, 0, 0), 12);
    const tilted = rotatedUV(rod, 0.45, 20, 30);
    const d = 7;
    expect(tilted.sdf(20 + d * Math.cos(0.45), 30 + d * Math.sin(0.45), 0)).toBeCloseTo(rod.sdf(d, 0, 0), 10);
    expect(paintedOutsideBoxes(tilted, 4)).toEqual([]);
    expect(paintedOutsideBoxes(rotatedUV(box(6, 2, 2, 0, 0, 0, 1), -1.1, -4, 9), 5)).toEqual([]);
  });
});

describe("tube", () => {
  // A tube whose centre drifts posteriorly with height and that exists only for w in [-20, 20].
  const section: Section = (w, o) => {
    if (Math.abs(w) > 20) return false;
    o[0] = 8;
    o[1] = w * 0.5;
    o[2] = 4;
    o[3] = 2;
    return true;
  };
  const boxes = [span([3, -13, -21], [13, 13, 21])];

  it("is zero on its elliptic section and absent where the section is", () => {
    const t = tube(section, false, boxes);
    expect(t.sdf(12, 5, 10)).toBeCloseTo(0, 12);
    expect(t.sdf(8, 5 + 2, 10)).toBeCloseTo(0, 12);
    expect(t.sdf(8, 5, 10)).toBeCloseTo(-2, 12);
    expect(t.sdf(8, 0, 30)).toBe(1e3);
    expect(t.sdf(-8, 5, 10)).toBeGreaterThan(0);
    expect(t.section).toBe(section);
    expect(t.mirror).toBe(false);
    expect(t.boxes).toBe(boxes);
  });

  it("mirrored: both sides painted and both sides boxed", () => {
    const t = tube(section, true, boxes);
    expect(t.sdf(-8, 5, 10)).toBeCloseTo(-2, 12);
    expect(t.mirror).toBe(true);
    expect(t.boxes).toHaveLength(2);
    expect(paintedOutsideBoxes(t, 6)).toEqual([]);
  });
});
