// Canal contents: a continuous thecal sac down to S2, the cord ending at the conus level the parameters give, the cauda
// equina below it, and foramina with their roots beside each lumbar pedicle.
import { describe, expect, it } from "vitest";
import { phantomParams, type PhantomParams } from "./params";
import { canal, foramina } from "./phantom-neuro";
import { toWorld, type Structure, type Vec3 } from "./shapes";
import { buildSpine, type Spine, type Vertebra } from "./spine-curve";
import { paintedOutsideBoxes, sdfAt } from "./test-utils/geometry";

const params = phantomParams("neuro-test", 1);
const spine = buildSpine(params);
const structures = canal(spine, params);
const named = (list: Structure[], name: string) => list.filter((s) => s.name === name);
const inside = (list: Structure[], p: Vec3) => list.some((s) => sdfAt(s, p) < 0);
const canalPoint = (v: Vertebra, w = 0) => toWorld(v.frame, 0, v.canalV, w);

/** Point a fraction t of the way from the T12 to the L2 canal centre (where the conus parameter is measured). */
function conusPath(s: Spine, t: number): Vec3 {
  const a = canalPoint(s.vertebra("T12"));
  const b = canalPoint(s.vertebra("L2"));
  return [0, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

describe("canal", () => {
  it("paints sheath, then epidural fat, then the sac, then cord and roots (each pass covering the one before)", () => {
    const order = [...new Set(structures.map((s) => s.name))];
    expect(order).toEqual(["ligament sheath", "epidural fat", "thecal sac", "cord", "cauda equina"]);
    const firstOf = (n: string) => structures.findIndex((s) => s.name === n);
    const lastOf = (n: string) => structures.findLastIndex((s) => s.name === n);
    expect(lastOf("ligament sheath")).toBeLessThan(firstOf("epidural fat"));
    expect(lastOf("epidural fat")).toBeLessThan(firstOf("thecal sac"));
    expect(lastOf("thecal sac")).toBeLessThan(firstOf("cord"));
  });

  it("the sac runs through every canal centre from T11 to S2 and ends before S3; CSF is the brightest tissue", () => {
    const sac = named(structures, "thecal sac");
    for (const n of ["T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1"])
      expect(inside(sac, canalPoint(spine.vertebra(n))), n).toBe(true);
    for (const n of ["S3", "S4"]) expect(inside(sac, canalPoint(spine.vertebra(n))), n).toBe(false);
    // Continuous: every point on the canal path (straight between neighbouring canal centres) down to S1 is in the sac.
    const vs = spine.vertebrae.slice(0, 8);
    for (let i = 1; i < vs.length; i++) {
      const a = canalPoint(vs[i - 1]!);
      const b = canalPoint(vs[i]!);
      for (let t = 0; t <= 1; t += 0.05)
        expect(inside(sac, [0, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t])).toBe(true);
    }
    expect(sac.every((s) => s.layers[0]!.value === 1)).toBe(true);
    // Wrapped in fat and sheath everywhere the sac is.
    expect(inside(named(structures, "epidural fat"), canalPoint(spine.vertebra("L3")))).toBe(true);
    expect(inside(named(structures, "ligament sheath"), canalPoint(spine.vertebra("S4")))).toBe(true);
  });

  it("the cord ends at the conus level; the cauda equina starts there", () => {
    for (const conus of [0.45, 0.75, 0.95]) {
      const p: PhantomParams = { ...params, conus };
      const sp = buildSpine(p);
      const list = canal(sp, p);
      const cord = named(list, "cord");
      const roots = named(list, "cauda equina");
      // 15 mm above the tip the cord is there (its taper reaches full width 16 mm above the tip).
      const up = sp.vertebra("T12").frame.up;
      const tip = conusPath(sp, conus);
      const at = (mm: number): Vec3 => [0, tip[1] + up[0] * mm, tip[2] + up[1] * mm];
      expect(inside(cord, at(15)), `conus ${conus}`).toBe(true);
      expect(inside(cord, at(-3)), `conus ${conus}`).toBe(false);
      // Roots hang dorsally in the sac below the tip, never above it.
      const rootsBelow = [-8, -20, -40].some((mm) =>
        [-1, 1].some((side) =>
          Array.from({ length: 20 }, (_, k) => k - 4).some((dv) => {
            const p0 = at(mm);
            return inside(roots, [side * 1.3, p0[1] + dv * 0.5, p0[2]]);
          }),
        ),
      );
      expect(rootsBelow).toBe(true);
      for (const dv of [-2, 0, 2, 4]) expect(inside(roots, [1.3, at(10)[1] + dv, at(10)[2]])).toBe(false);
    }
  });

  it("paints only inside its boxes", () => {
    structures.slice(0, 40).forEach((s, i) => expect(paintedOutsideBoxes(s, 100 + i, 200), s.name).toEqual([]));
  });
});

describe("foramina", () => {
  const list = foramina(spine);

  it("one foramen and exiting root per side below each pedicle from T12 to L5", () => {
    expect(list.map((s) => s.name)).toEqual(
      ["T12", "L1", "L2", "L3", "L4", "L5"].flatMap((n) => [`${n} foramen`, `${n} exiting root`]),
    );
  });

  it("lies lateral to the sac, with the root inside the foramen on both sides", () => {
    for (let i = 0; i < list.length; i += 2) {
      const foramen = list[i]!;
      const root = list[i + 1]!;
      const v = spine.vertebra(foramen.name.split(" ")[0]!);
      const cu = v.canalRu + 5.5;
      for (const side of [-1, 1]) {
        const centre: [number, number, number] = [side * cu, v.canalV - 1.5, -v.h * 0.5 + 3.5];
        expect(root.sdf(...centre)).toBeLessThan(0);
        expect(foramen.sdf(...centre)).toBeLessThan(0);
      }
      expect(foramen.sdf(0, v.canalV, -v.h * 0.5)).toBeGreaterThan(0);
      expect(cu - 3.6).toBeGreaterThan(v.canalRu);
    }
  });
});
