// The assembled phantom: built from the study's parameters, painted in an order where bone covers disc and the canal
// and herniation come last, tones within the T2 range, every structure inside its boxes, deterministic per seed.
import { describe, expect, it } from "vitest";
import { phantomParams } from "./params";
import { buildPhantom } from "./phantom";
import { buildSpine } from "./spine-curve";
import { paintedOutsideBoxes, sdfAt } from "./test-utils/geometry";

const phantom = buildPhantom("phantom-test", 1);
const names = phantom.structures.map((s) => s.name);
const first = (n: string) => names.indexOf(n);
const last = (n: string) => names.lastIndexOf(n);

describe("buildPhantom", () => {
  it("is built from the study's parameters and spine", () => {
    expect(phantom.params).toEqual(phantomParams("phantom-test", 1));
    expect(phantom.spine.vertebrae.map((v) => v.frame.origin)).toEqual(
      buildSpine(phantom.params).vertebrae.map((v) => v.frame.origin),
    );
  });

  it("paints soft tissue first, bodies over discs, the canal over bone, the herniation last", () => {
    expect(names[0]).toBe("torso");
    expect(names[names.length - 1]).toBe(`${phantom.params.herniation.level} herniation`);
    expect(names.filter((n) => n.endsWith("herniation"))).toHaveLength(1);
    expect(last("iliac wings")).toBeLessThan(first("T11-T12 annulus"));
    expect(last("L5-S1 nucleus")).toBeLessThan(first("L5 body"));
    expect(last("S4 body")).toBeLessThan(first("T12 foramen"));
    expect(last("L5 foramen")).toBeLessThan(first("thecal sac"));
  });

  it("has facet joints down to L5-S1 only, and treats the sacral discs as dehydrated", () => {
    const facets = names.filter((n) => n.endsWith(" facets")).map((n) => n.split(" ")[0]);
    expect(facets).toEqual(["T11-T12", "T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"]);
    const clefts = names.filter((n) => n.endsWith("intranuclear cleft")).map((n) => n.split(" ")[0]);
    const degenerated = new Set<string>(phantom.params.degenerated);
    for (const d of phantom.spine.discs.filter((x) => x.h >= 4)) {
      const sacral = d.upper.sacral && d.lower.sacral;
      expect(clefts.includes(d.level), d.level).toBe(!degenerated.has(d.level) && !sacral);
    }
  });

  it("marrow brightens with age (0.42 + 0.0025 per year)", () => {
    const marrow = (p: typeof phantom) => p.structures.find((s) => s.name === "L3 body")!.layers[1]!.value;
    expect(marrow(phantom)).toBeCloseTo(0.42 + 45 * 0.0025, 12);
    const older = buildPhantom("phantom-test", 2);
    expect(marrow(older)).toBeCloseTo(0.42 + older.params.ageYears * 0.0025, 12);
  });

  it("tones are within the T2 range 0..1 and texture amplitudes are small and non-negative", () => {
    for (const s of phantom.structures)
      for (const l of s.layers) {
        expect(l.value).toBeGreaterThanOrEqual(0);
        expect(l.value).toBeLessThanOrEqual(1);
        expect(l.tex).toBeGreaterThanOrEqual(0);
        expect(l.tex).toBeLessThan(0.2);
      }
  });

  it("each vertebral body contains its centre on the spine curve", () => {
    for (const v of phantom.spine.vertebrae) {
      const body = phantom.structures.find((s) => s.name === `${v.name} body`)!;
      expect(sdfAt(body, v.frame.origin)).toBeLessThan(-5);
      expect(Math.abs(phantom.spine.bodyY(v.frame.origin[2]) - v.frame.origin[1])).toBeLessThan(1);
    }
  });

  it("every structure paints only inside its boxes, over the region the series image", () => {
    // Both series see at most ~150 mm from the column's middle (L3 at z = 10). Far below that the psoas section keeps
    // drifting laterally past its boxes' x = 130 (from about 112 mm below S1, z < -200 here), which no slice reaches;
    // sampled within 195 mm of the origin, the boxes must hold everything.
    phantom.structures.forEach((s, i) => expect(paintedOutsideBoxes(s, i + 1, 150, 15, 180), s.name).toEqual([]));
  });

  it("is the same for a seed and study, and differs between studies and seeds", () => {
    const again = buildPhantom("phantom-test", 1);
    expect(again.structures.map((s) => s.name)).toEqual(names);
    const probe = (p: typeof phantom) => p.structures.map((s) => s.sdf(3, 5, -2)).map((d) => Math.round(d * 1e6) / 1e6);
    expect(probe(again)).toEqual(probe(phantom));
    const other = buildPhantom("phantom-test", 5);
    const otherSeed = buildPhantom("other-seed", 5);
    expect(JSON.stringify(other.params)).not.toBe(JSON.stringify(otherSeed.params));
    expect(other.spine.vertebra("L5").frame.origin).not.toEqual(otherSeed.spine.vertebra("L5").frame.origin);
  });
});
