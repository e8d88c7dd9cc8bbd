// Soft tissue: the torso holds the column, the subcutaneous fat is as thick as the parameter says and the back muscles
// stop short of it, and the organs sit on the side and at the level anatomy puts them.
import { describe, expect, it } from "vitest";
import { phantomParams, type PhantomParams } from "./params";
import { softTissue } from "./phantom-soft";
import type { Structure, Vec3 } from "./shapes";
import { buildSpine } from "./spine-curve";
import { paintedOutsideBoxes, sdfAt } from "./test-utils/geometry";

const params = phantomParams("soft-test", 3);
const spine = buildSpine(params);
const tissue = softTissue(spine, params);
const get = (list: Structure[], name: string) => list.find((s) => s.name === name)!;

/** Largest y at (x, z) where the structure paints, scanning from the back forward in 0.05 mm steps. */
function backEdge(s: Structure, x: number, z: number): number {
  for (let y = 300; y > -300; y -= 0.05) if (sdfAt(s, [x, y, z]) < 0) return y;
  throw new Error(`${s.name} absent at x=${x}, z=${z}`);
}

describe("softTissue", () => {
  it("paints the torso first, then the back, the psoas, vessels, kidneys and iliac wings", () => {
    expect(tissue.map((s) => s.name)).toEqual([
      "torso",
      "posterior compartment",
      "paraspinal muscles",
      "psoas",
      "aorta",
      "inferior vena cava",
      "kidneys",
      "iliac wings",
    ]);
  });

  it("the torso contains every vertebra and its canal", () => {
    const torso = get(tissue, "torso");
    for (const v of spine.vertebrae) {
      expect(sdfAt(torso, v.frame.origin)).toBeLessThan(-20);
      expect(sdfAt(torso, [0, v.frame.origin[1] + v.canalV, v.frame.origin[2]])).toBeLessThan(-20);
    }
  });

  it("the subcutaneous fat layer is fatMm thick, and moving fatMm moves the skin by as much", () => {
    const skin = (p: PhantomParams, z: number) => backEdge(get(softTissue(buildSpine(p), p), "torso"), 0, z);
    const z = spine.vertebra("L3").frame.origin[2];
    const thin = skin({ ...params, fatMm: 10 }, z);
    const thick = skin({ ...params, fatMm: 30 }, z);
    expect(Math.abs(thick - thin - 20)).toBeLessThan(0.2);
    const torso = get(tissue, "torso");
    expect(torso.layers[0]!.inset).toBe(0);
    expect(torso.layers[1]!.inset).toBe(params.fatMm);
    expect(torso.layers[0]!.value).toBeGreaterThan(torso.layers[1]!.value);
  });

  it("the back muscles stop at least 3 mm short of the subcutaneous fat, at every level and fat thickness", () => {
    for (const fatMm of [8, 20, 34]) {
      const p = { ...params, fatMm };
      const list = softTissue(buildSpine(p), p);
      for (const v of spine.vertebrae.slice(1, -1)) {
        const z = v.frame.origin[2];
        const skin = backEdge(get(list, "torso"), 0, z);
        expect(backEdge(get(list, "posterior compartment"), 0, z)).toBeLessThanOrEqual(skin - fatMm - 3 + 0.1);
        // The paraspinal section is centred at x = +-27, so its back edge is exact there.
        expect(backEdge(get(list, "paraspinal muscles"), 27, z)).toBeLessThanOrEqual(skin - fatMm - 3 + 0.1);
        expect(backEdge(get(list, "paraspinal muscles"), -27, z)).toBeLessThanOrEqual(skin - fatMm - 3 + 0.1);
      }
    }
  });

  it("the back muscles' boxes hold them where the cap on their depth pulls them forward (sacrum, top of the field)", () => {
    // Sampled over the sagittal field of view and a little beyond (z within 195 mm of the origin, L3 at z = 10);
    // boxes built from the uncapped centre line cut a flat notch into the muscles at the bottom of the sagittal images.
    for (const k of [1, 2, 3]) {
      const p = phantomParams("test", k);
      for (const s of softTissue(buildSpine(p), p).filter((x) => /posterior|paraspinal/.test(x.name)))
        expect(paintedOutsideBoxes(s, k, 5000, 15, 180), `${s.name}, study ${k}`).toEqual([]);
    }
  });

  it("aorta on the left above L4, vena cava on the right above L5, both in front of the bodies", () => {
    const aorta = get(tissue, "aorta");
    const ivc = get(tissue, "inferior vena cava");
    const front = (name: string, dy: number): Vec3 => {
      const o = spine.vertebra(name).frame.origin;
      return [0, spine.bodyY(o[2]) - 17 * params.size - dy, o[2]];
    };
    const l2 = front("L2", 11);
    expect(sdfAt(aorta, [14, l2[1], l2[2]])).toBeLessThan(0);
    expect(sdfAt(aorta, [-14, l2[1], l2[2]])).toBeGreaterThan(0);
    expect(l2[1]).toBeLessThan(spine.vertebra("L2").frame.origin[1] - spine.vertebra("L2").ry);
    const l5 = front("L5", 11);
    expect(sdfAt(aorta, [14, l5[1], l5[2]])).toBeGreaterThan(0);
    const l4 = front("L4", 7);
    expect(sdfAt(ivc, [-17, l4[1], l4[2]])).toBeLessThan(0);
    expect(sdfAt(ivc, [17, l4[1], l4[2]])).toBeGreaterThan(0);
    const s1 = front("S1", 7);
    expect(sdfAt(ivc, [-17, s1[1], s1[2] - 20])).toBeGreaterThan(0);
  });

  it("psoas beside the lumbar bodies, absent above T12; kidneys and iliac wings on both sides", () => {
    const psoas = get(tissue, "psoas");
    const l4 = spine.vertebra("L4").frame.origin;
    const t = (p: Vec3, s: Structure) => sdfAt(s, p) < 0;
    const lateral = (s: Structure, z: number) => {
      for (let x = 5; x < 150; x += 1) for (let y = -150; y < 150; y += 1) if (t([x, y, z], s)) return x;
      return null;
    };
    expect(lateral(psoas, l4[2])).not.toBeNull();
    expect(lateral(psoas, spine.vertebra("T11").frame.origin[2])).toBeNull();
    const kidneys = get(tissue, "kidneys");
    const disc = spine.disc("L1-L2").frame.origin;
    const ky = spine.bodyY(disc[2]) + 20;
    expect(t([74, ky, disc[2]], kidneys)).toBe(true);
    expect(t([-74, ky, disc[2]], kidneys)).toBe(true);
    expect(t([0, ky, disc[2]], kidneys)).toBe(false);
    const wings = get(tissue, "iliac wings");
    const s1 = spine.vertebra("S1").frame.origin;
    expect(lateral(wings, s1[2])).toBeGreaterThan(50);
    expect(t([0, s1[1], s1[2]], wings)).toBe(false);
  });
});
