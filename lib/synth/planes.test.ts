// Slice geometry: pixel centres, the planned field of view around the anatomy, and the options that shrink a series.
import { describe, expect, it } from "vitest";
import { phantomParams } from "./params";
import { axialPlan, cross, dot, sagittalPlan, toPixel, type Slice } from "./planes";
import type { Vec3 } from "./shapes";
import { buildSpine } from "./spine-curve";

const spine = buildSpine(phantomParams("planes-test", 4));

/** Patient position of the centre of pixel (col, row). */
const at = (s: Slice, col: number, row: number): Vec3 =>
  [0, 1, 2].map((k) => s.position[k]! + (col * s.rowDir[k]! + row * s.colDir[k]!) * s.spacing) as unknown as Vec3;

describe("vectors", () => {
  it("dot and cross by hand", () => {
    expect(dot([1, 2, 3], [4, -5, 6])).toBe(4 - 10 + 18);
    expect(cross([1, 0, 0], [0, 1, 0])).toEqual([0, 0, 1]);
    expect(cross([0, 1, 0], [1, 0, 0])).toEqual([0, 0, -1]);
    const c = cross([1, 2, 3], [-2, 0.5, 4]);
    expect(dot(c, [1, 2, 3])).toBeCloseTo(0, 12);
    expect(dot(c, [-2, 0.5, 4])).toBeCloseTo(0, 12);
  });
});

describe("sagittalPlan", () => {
  const plan = sagittalPlan(spine, { sagMatrix: 50, sagSlices: 5 });

  it("honours the matrix and slice count; 300 mm field of view, 4 mm slices 4.4 mm apart", () => {
    expect(plan.slices).toHaveLength(5);
    expect(plan.kind).toBe("sag");
    expect(plan.seriesNumber).toBe(1);
    expect([plan.thickness, plan.spacingBetween]).toEqual([4, 4.4]);
    for (const s of plan.slices) {
      expect([s.rows, s.cols]).toEqual([50, 50]);
      expect(s.spacing).toBeCloseTo(6, 12);
      // First and last pixel centres are half a pixel inside the 300 mm field.
      const first = at(s, 0, 0);
      const last = at(s, 49, 49);
      expect(last[1] - first[1]).toBeCloseTo(300 - 6, 10);
      expect(first[2] - last[2]).toBeCloseTo(300 - 6, 10);
    }
    expect(sagittalPlan(spine).slices).toHaveLength(15);
    expect(sagittalPlan(spine).slices[0]!.rows).toBe(384);
  });

  it("centres the field on the lumbar column: 15 mm behind L3, midway between T12 and S3", () => {
    const mid = plan.slices[2]!;
    const centre = at(mid, 24.5, 24.5);
    expect(centre[0]).toBeCloseTo(0, 10);
    expect(centre[1]).toBeCloseTo(spine.vertebra("L3").frame.origin[1] + 15, 10);
    expect(centre[2]).toBeCloseTo(
      (spine.vertebra("T12").frame.origin[2] + spine.vertebra("S3").frame.origin[2]) / 2,
      10,
    );
    // Every vertebra from T12 to S3 is in the field of view.
    for (const v of spine.vertebrae.slice(1, -1)) {
      const p = toPixel(mid, v.frame.origin);
      expect(p.col).toBeGreaterThan(0);
      expect(p.col).toBeLessThan(49);
      expect(p.row).toBeGreaterThan(0);
      expect(p.row).toBeLessThan(49);
    }
  });
});

describe("axialPlan", () => {
  const plan = axialPlan(spine, { traMatrix: 40, traPerDisc: 3 });

  it("honours the matrix and slices per disc; 200 mm field, 3 mm slices 3.3 mm apart", () => {
    expect(plan.slices).toHaveLength(15);
    expect(plan.kind).toBe("tra");
    expect(plan.seriesNumber).toBe(2);
    for (const s of plan.slices) {
      expect([s.rows, s.cols, s.spacing]).toEqual([40, 40, 5]);
      expect(s.rowDir).toEqual([1, 0, 0]);
    }
  });

  it("stacks each block cranial to caudal along the disc axis, centred 22 mm behind the disc centre", () => {
    for (const level of ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"]) {
      const block = plan.slices.filter((s) => s.label === level);
      expect(block).toHaveLength(3);
      const f = spine.disc(level).frame;
      const centres = block.map((s) => at(s, 19.5, 19.5));
      // Heights along the disc's superior axis: +3.3, 0, -3.3 mm.
      const heights = centres.map((c) => (c[1] - f.origin[1]) * f.up[0] + (c[2] - f.origin[2]) * f.up[1]);
      heights.forEach((h, m) => expect(h).toBeCloseTo((1 - m) * 3.3, 8));
      for (const c of centres) {
        expect((c[1] - f.origin[1]) * f.post[0] + (c[2] - f.origin[2]) * f.post[1]).toBeCloseTo(22, 8);
        expect(c[0]).toBeCloseTo(0, 10);
      }
      // The disc centre is in the field of view, in the middle column.
      const p = toPixel(block[1]!, f.origin);
      expect(p.col).toBeCloseTo(19.5, 8);
      expect(Math.abs(p.off)).toBeLessThan(1e-8);
    }
  });
});

describe("toPixel", () => {
  it("inverts the pixel grid and measures the distance off the plane along the normal", () => {
    const s = axialPlan(spine, { traMatrix: 40, traPerDisc: 1 }).slices[2]!;
    expect(toPixel(s, s.position)).toEqual({ col: 0, row: 0, off: 0 });
    const p = at(s, 7.25, 31.5);
    const q = toPixel(s, p);
    expect(q.col).toBeCloseTo(7.25, 10);
    expect(q.row).toBeCloseTo(31.5, 10);
    expect(q.off).toBeCloseTo(0, 10);
    const lifted = toPixel(s, [p[0] + 2 * s.normal[0], p[1] + 2 * s.normal[1], p[2] + 2 * s.normal[2]]);
    expect(lifted.off).toBeCloseTo(2, 10);
    expect(lifted.col).toBeCloseTo(7.25, 10);
  });
});
