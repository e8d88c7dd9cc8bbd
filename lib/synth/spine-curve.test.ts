// The lordotic column: anchored at L3, consecutive bodies one endplate + disc + endplate apart, discs between the
// endplates, and z-lookups that follow the bodies and the canal behind them.
import { describe, expect, it } from "vitest";
import { phantomParams, type PhantomParams } from "./params";
import { toWorld } from "./shapes";
import { buildSpine } from "./spine-curve";

const base = phantomParams("spine-test", 1);
const flat: PhantomParams = { ...base, lordosis: 0, size: 1, degenerated: [] };
const NAMES = ["T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4"];

describe("buildSpine", () => {
  it("has T11..S4 from cranial to caudal, L3 centred at y = -25, z = 10", () => {
    const spine = buildSpine(base);
    expect(spine.vertebrae.map((v) => v.name)).toEqual(NAMES);
    const zs = spine.vertebrae.map((v) => v.frame.origin[2]);
    zs.slice(1).forEach((z, i) => expect(z).toBeLessThan(zs[i]!));
    expect(spine.vertebra("L3").frame.origin).toEqual([0, -25, 10]);
    expect(spine.vertebrae.every((v) => v.frame.origin[0] === 0)).toBe(true);
    expect(spine.vertebrae.map((v) => v.sacral)).toEqual(NAMES.map((n) => n.startsWith("S")));
  });

  it("without lordosis is a straight vertical column with the table's heights and discs (hand-computed)", () => {
    const spine = buildSpine(flat);
    for (const v of spine.vertebrae) {
      expect(v.frame.origin[1]).toBeCloseTo(-25, 10);
      expect(v.beta).toBeCloseTo(0, 12);
    }
    // L3 27 mm tall, L3-L4 disc 11 mm, L4 27 mm: centres 13.5 + 11 + 13.5 = 38 mm apart.
    expect(spine.vertebra("L4").frame.origin[2]).toBeCloseTo(10 - 38, 10);
    // L2 26 mm, L2-L3 disc 10 mm: 13 + 10 + 13.5 = 36.5 mm above L3.
    expect(spine.vertebra("L2").frame.origin[2]).toBeCloseTo(10 + 36.5, 10);
    const d = spine.disc("L3-L4");
    expect(d.h).toBeCloseTo(11, 10);
    expect(d.frame.origin[2]).toBeCloseTo(10 - 13.5 - 5.5, 10);
    expect(d.wedge).toBeCloseTo(0, 12);
    expect(d.upper.name).toBe("L3");
    expect(d.lower.name).toBe("L4");
    expect(spine.bodyRange[0]).toBeCloseTo(-25, 10);
    expect(spine.bodyRange[1]).toBeCloseTo(-25, 10);
  });

  it("puts every disc between the endplates it joins", () => {
    const spine = buildSpine(phantomParams("spine-test", 5));
    expect(spine.discs.map((d) => d.level)).toEqual(NAMES.slice(0, -1).map((n, i) => `${n}-${NAMES[i + 1]}`));
    for (const d of spine.discs) {
      const low = toWorld(d.upper.frame, 0, 0, -d.upper.h / 2);
      const up = toWorld(d.lower.frame, 0, 0, d.lower.h / 2);
      expect(Math.hypot(low[1] - up[1], low[2] - up[2])).toBeCloseTo(d.h, 10);
      // The disc's frame sits midway, its superior axis pointing from the lower endplate to the upper one.
      expect(d.frame.origin[1]).toBeCloseTo((low[1] + up[1]) / 2, 10);
      expect(d.frame.origin[2]).toBeCloseTo((low[2] + up[2]) / 2, 10);
      const top = toWorld(d.frame, 0, 0, d.h / 2);
      expect(top[1]).toBeCloseTo(low[1], 8);
      expect(top[2]).toBeCloseTo(low[2], 8);
      expect(d.ry).toBeCloseTo((d.upper.ry + d.lower.ry) / 2 + 0.8, 12);
    }
  });

  it("is lordotic: the lumbar column bows forward (smaller y) and more so with more lordosis", () => {
    const curve = (lordosis: number) => {
      const s = buildSpine({ ...base, lordosis });
      const y = (n: string) => s.vertebra(n).frame.origin[1];
      return { l3: y("L3"), t12: y("T12"), s1: y("S1"), spread: s.bodyRange[1] - s.bodyRange[0] };
    };
    const normal = curve(1);
    expect(normal.l3).toBeLessThan(normal.t12);
    expect(normal.l3).toBeLessThan(normal.s1);
    expect(curve(1.25).spread).toBeGreaterThan(normal.spread);
    expect(curve(0.75).spread).toBeLessThan(normal.spread);
    // Discs are taller in front where the curve opens anteriorly (L4-L5, L5-S1 wedge).
    const spine = buildSpine(base);
    expect(spine.disc("L5-S1").wedge).toBeGreaterThan(0);
  });

  it("scales with size, and a degenerated disc loses 30% of its height without moving the others", () => {
    const big = buildSpine({ ...flat, size: 1.08 });
    expect(big.vertebra("L3").h).toBeCloseTo(27 * 1.08, 10);
    expect(big.disc("L3-L4").h).toBeCloseTo(11 * 1.08, 10);
    const worn = buildSpine({ ...base, degenerated: ["L4-L5"] });
    const healthy = buildSpine({ ...base, degenerated: [] });
    for (const d of healthy.discs) {
      const w = worn.disc(d.level);
      if (d.level === "L4-L5") expect(w.h).toBeLessThan(d.h * 0.75);
      else expect(w.h).toBeCloseTo(d.h, 8);
    }
  });

  it("the canal lies behind the bodies, and the lookups pass through the centres", () => {
    const spine = buildSpine(phantomParams("spine-test", 3));
    for (const v of spine.vertebrae) {
      const [, y, z] = v.frame.origin;
      // The table is sampled every 0.5 mm in z; the curve's slope is below 2, so 1 mm covers the rounding.
      expect(Math.abs(spine.bodyY(z) - y)).toBeLessThan(1);
      const canal = toWorld(v.frame, 0, v.canalV, 0);
      expect(Math.abs(spine.canalY(canal[2]) - canal[1])).toBeLessThan(1);
      expect(canal[1]).toBeGreaterThan(y);
      // The sac clears the body's flat posterior wall (at 0.85 ry along the frame's posterior axis).
      expect(v.canalV - v.canalRv).toBeGreaterThan(0.85 * v.ry);
    }
    expect(spine.canalRange[0]).toBeGreaterThan(spine.bodyRange[0]);
  });

  it("refuses unknown discs and vertebrae by name", () => {
    const spine = buildSpine(base);
    expect(() => spine.disc("L6-S1")).toThrow(/no disc L6-S1/);
    expect(() => spine.vertebra("C7")).toThrow(/no vertebra C7/);
  });
});
