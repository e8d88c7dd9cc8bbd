// Bones, discs and the herniation: anatomy that a reader of the images relies on (the canal stays open, the body has a
// flat back wall, the herniation reaches exactly its depth behind the disc margin).
import { describe, expect, it } from "vitest";
import { phantomParams, type PhantomParams } from "./params";
import { disc, facetJoint, herniation, posteriorElements, vertebralBody } from "./phantom-bones";
import { toWorld } from "./shapes";
import { buildSpine } from "./spine-curve";
import { paintedOutsideBoxes, sdfAt } from "./test-utils/geometry";

const params = phantomParams("bones-test", 6);
const spine = buildSpine(params);
const MARROW = 0.55;

describe("vertebralBody", () => {
  it("is solid at its centre, with a flat posterior wall at 0.85 ry and endplates at +-h/2", () => {
    for (const v of spine.vertebrae) {
      const [body] = vertebralBody(v, MARROW);
      const sdf = body!.sdf;
      expect(sdf(0, 0, 0)).toBeLessThan(0);
      expect(sdf(0, 0.85 * v.ry - 0.5, 0)).toBeLessThan(0);
      expect(sdf(0, 0.85 * v.ry + 0.5, 0)).toBeGreaterThan(0);
      expect(sdf(0, -v.ry + 0.5, 0)).toBeLessThan(0);
      expect(sdf(0, -v.ry - 0.5, 0)).toBeGreaterThan(0);
      expect(sdf(0, 0, v.h / 2 - 0.5)).toBeLessThan(0);
      expect(sdf(0, 0, v.h / 2 + 0.5)).toBeGreaterThan(0);
      expect(sdf(v.rx - 0.5, 0, 0)).toBeLessThan(0);
      expect(sdf(v.rx + 0.5, 0, 0)).toBeGreaterThan(0);
      expect(body!.layers[1]!.value).toBe(MARROW);
      expect(body!.frame).toBe(v.frame);
    }
  });

  it("has a basivertebral vein in the lumbar bodies and S1, not below", () => {
    const veins = (n: string) => vertebralBody(spine.vertebra(n), MARROW).map((s) => s.name);
    expect(veins("L3")).toEqual(["L3 body", "L3 basivertebral vein"]);
    expect(veins("S1")).toEqual(["S1 body", "S1 basivertebral vein"]);
    expect(veins("S2")).toEqual(["S2 body"]);
  });
});

describe("posteriorElements", () => {
  it("lumbar: pedicles, laminae, spinous and transverse processes; sacral: lamina and crest (ala at S1)", () => {
    const names = (n: string) => posteriorElements(spine.vertebra(n), MARROW).map((s) => s.name.slice(n.length + 1));
    expect(names("L4")).toEqual(["pedicles", "laminae", "spinous process", "transverse processes"]);
    expect(names("S1")).toEqual(["pedicles", "ala", "sacral lamina", "median crest"]);
    expect(names("S3")).toEqual(["pedicles", "sacral lamina", "median crest"]);
  });

  it("leaves the canal open and is symmetric left-right", () => {
    for (const v of spine.vertebrae) {
      for (const s of posteriorElements(v, MARROW)) {
        expect(s.sdf(0, v.canalV, 0), s.name).toBeGreaterThan(0);
        for (const [u, vv, w] of [
          [12, v.canalV, 2],
          [30, v.canalV - 3, -4],
          [4, v.canalV + 14, 6],
        ] as const)
          expect(s.sdf(-u, vv, w)).toBeCloseTo(s.sdf(u, vv, w), 10);
      }
    }
  });

  it("a lumbar spinous process points back from behind the canal; L3 has the longest transverse processes", () => {
    const tp = (n: string) => {
      const v = spine.vertebra(n);
      const s = posteriorElements(v, MARROW).find((x) => x.name.endsWith("transverse processes"))!;
      let u = v.canalRu;
      while (s.sdf(u + 0.25, v.canalV - 1, v.h * 0.1) < 0 || u < v.canalRu + 10) u += 0.25;
      return u;
    };
    expect(tp("L3")).toBeGreaterThan(tp("L2"));
    expect(tp("L3")).toBeGreaterThan(tp("L4"));
    const v = spine.vertebra("L2");
    const sp = posteriorElements(v, MARROW).find((x) => x.name === "L2 spinous process")!;
    const back = v.canalV + v.canalRv;
    // Painted well behind the canal, not in it.
    let painted = 0;
    for (let vv = back; vv < back + 40; vv += 0.5)
      for (let w = -20; w < 10; w += 0.5) if (sp.sdf(0, vv, w) < 0) painted++;
    expect(painted).toBeGreaterThan(50);
    expect(sp.sdf(0, back - 2, -v.h * 0.18)).toBeGreaterThan(0);
  });

  it("paint only inside their boxes", () => {
    let seed = 1;
    for (const n of ["T12", "L3", "L5", "S1", "S3"])
      for (const s of posteriorElements(spine.vertebra(n), MARROW))
        expect(paintedOutsideBoxes(s, seed++, 300), s.name).toEqual([]);
  });
});

describe("disc", () => {
  it("annulus fills the space between the endplates; the nucleus lies inside it", () => {
    for (const d of spine.discs.filter((x) => x.h >= 4)) {
      const [annulus, nucleus] = disc(d, false);
      expect(annulus!.sdf(0, 0, 0)).toBeLessThan(0);
      expect(annulus!.sdf(0, d.ry + 0.5, 0)).toBeGreaterThan(0);
      expect(annulus!.sdf(0, 0, d.h / 2 + 2)).toBeGreaterThan(0);
      expect(nucleus!.sdf(0, d.ry * 0.05, 0)).toBeLessThan(0);
      const points: [number, number, number][] = [
        [d.rx * 0.6, 0, 0],
        [0, d.ry * 0.6, 0],
        [0, 0, d.h * 0.3],
      ];
      for (const p of points) if (nucleus!.sdf(...p) < 0) expect(annulus!.sdf(...p)).toBeLessThan(0);
      expect(paintedOutsideBoxes(annulus!, 11)).toEqual([]);
    }
  });

  it("a degenerated disc has a thinner, uniformly dark nucleus and no intranuclear cleft", () => {
    const d = spine.disc("L2-L3");
    const healthy = disc(d, false);
    const worn = disc(d, true);
    expect(healthy.map((s) => s.name)).toEqual(["L2-L3 annulus", "L2-L3 nucleus", "L2-L3 intranuclear cleft"]);
    expect(worn.map((s) => s.name)).toEqual(["L2-L3 annulus", "L2-L3 nucleus"]);
    const brightest = (layers: { value: number }[]) => Math.max(...layers.map((l) => l.value));
    expect(brightest(worn[1]!.layers)).toBeLessThan(brightest(healthy[1]!.layers));
    const w = d.h * 0.25; // inside 0.36 h, outside 0.2 h
    expect(healthy[1]!.sdf(0, d.ry * 0.05, w)).toBeLessThan(0);
    expect(worn[1]!.sdf(0, d.ry * 0.05, w)).toBeGreaterThan(0);
  });

  it("a disc thinner than 4 mm is annulus only", () => {
    const d = spine.discs.find((x) => x.h < 4)!;
    expect(d.level.startsWith("S")).toBe(true);
    expect(disc(d, false)).toHaveLength(1);
  });
});

describe("facetJoint", () => {
  it("bony facets either side of the canal, with the joint fluid inside them", () => {
    const d = spine.disc("L4-L5");
    const [bone, fluid] = facetJoint(d, MARROW);
    const cv = (d.upper.canalV + d.lower.canalV) / 2 + d.upper.canalRv * 0.55;
    const cu = d.upper.canalRu + 6.5;
    for (const u of [cu, -cu]) expect(bone!.sdf(u, cv, 0)).toBeLessThan(0);
    expect(bone!.sdf(0, cv, 0)).toBeGreaterThan(0);
    let fluidPoints = 0;
    for (let u = cu - 6; u <= cu + 6; u += 0.5)
      for (let v = cv - 7; v <= cv + 7; v += 0.5)
        if (fluid!.sdf(u, v, 0) < 0) {
          fluidPoints++;
          expect(bone!.sdf(u, v, 0)).toBeLessThan(0);
        }
    expect(fluidPoints).toBeGreaterThan(5);
  });
});

describe("herniation", () => {
  const probe = (p: PhantomParams) => {
    const sp = buildSpine(p);
    const h = herniation(sp, p);
    const d = sp.disc(p.herniation.level);
    const hn = p.herniation;
    return { h, d, hn };
  };

  it("reaches exactly depthMm behind the posterior disc margin, at its level, offset and migration", () => {
    for (const k of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const p = phantomParams("bones-test", k);
      const { h, d, hn } = probe(p);
      expect(h.name).toBe(`${hn.level} herniation`);
      expect(h.frame).toBe(d.frame);
      const tip = d.ry + hn.depthMm;
      expect(h.sdf(hn.xMm, tip - 0.3, hn.migrationMm)).toBeLessThan(0);
      expect(h.sdf(hn.xMm, tip + 0.3, hn.migrationMm)).toBeGreaterThan(0);
      // It starts inside the disc, so it is continuous with it.
      expect(h.sdf(hn.xMm, d.ry - 0.5, hn.migrationMm)).toBeLessThan(0);
      // Centred on its lateral offset: equal extent either side of xMm.
      const edge = (dir: number) => {
        let u = hn.xMm;
        while (h.sdf(u + dir * 0.1, d.ry + 1, hn.migrationMm) < 0) u += dir * 0.1;
        return u;
      };
      expect(edge(1) + edge(-1)).toBeCloseTo(2 * hn.xMm, 0);
    }
  });

  it("lies in the canal's path: the herniation covers the point right behind the disc centre where the sac is", () => {
    const p = phantomParams("bones-test", 1);
    const { h, d } = probe(p);
    const behind = toWorld(d.frame, 0, d.ry + 2.5, p.herniation.migrationMm);
    expect(sdfAt(h, behind)).toBeLessThan(0);
  });
});
