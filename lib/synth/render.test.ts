// Phantom + renderer: plane geometry and the pathology a viewer is meant to see (posterior L4-L5 herniation).
import { describe, expect, it } from "vitest";
import { buildPhantom } from "./phantom";
import { axialPlan, sagittalPlan, toPixel, type Slice } from "./planes";
import { renderSlice } from "./render";
import { toWorld, type Vec3 } from "./shapes";

const phantom = buildPhantom("test", 1);
const sag = sagittalPlan(phantom.spine);
const tra = axialPlan(phantom.spine);

function meanAround(pixels: Uint16Array, s: Slice, p: Vec3): number {
  const { col, row, off } = toPixel(s, p);
  expect(Math.abs(off)).toBeLessThan(0.5);
  let sum = 0;
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++) sum += pixels[(Math.round(row) + dy) * s.cols + Math.round(col) + dx]!;
  return sum / 9;
}

describe("series geometry", () => {
  it("sagittal: 15 slices, normal along patient x, ordered right to left, 4.4 mm apart", () => {
    expect(sag.slices).toHaveLength(15);
    for (const s of sag.slices) {
      expect(Math.abs(s.normal[0])).toBeCloseTo(1, 6);
      expect([s.rowDir, s.colDir]).toEqual([
        [0, 1, 0],
        [0, 0, -1],
      ]);
    }
    const xs = sag.slices.map((s) => s.position[0]);
    xs.slice(1).forEach((x, k) => expect(x - xs[k]!).toBeCloseTo(4.4, 6));
    expect(xs[7]).toBeCloseTo(0, 6);
  });

  it("axial: 4 slices per disc L1-L2..L5-S1, each plane perpendicular to its disc axis", () => {
    expect(tra.slices).toHaveLength(20);
    expect(tra.slices.map((s) => s.label)).toEqual(
      ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"].flatMap((l) => [l, l, l, l]),
    );
    for (const s of tra.slices) {
      const up = phantom.spine.disc(s.label!).frame.up;
      expect(s.normal[0]).toBeCloseTo(0, 6);
      expect(s.normal[1] * up[0] + s.normal[2] * up[1]).toBeCloseTo(1, 6);
      expect(Math.abs(s.normal[2])).toBeGreaterThan(0.7);
    }
  });
});

describe("rendered pathology", () => {
  const hn = phantom.params.herniation;
  expect(hn.level).toBe("L4-L5");

  it("mid-sagittal: dark disc material behind L4-L5 where L2-L3 shows bright CSF", () => {
    const s = sag.slices[7]!;
    const img = renderSlice(phantom, s, "t");
    const behind = (level: string, w = 0) => {
      const d = phantom.spine.disc(level);
      return meanAround(img.pixels, s, toWorld(d.frame, 0, d.ry + 2.5, w));
    };
    const herniated = behind("L4-L5", hn.migrationMm);
    const normal = behind("L2-L3");
    expect(normal).toBeGreaterThan(img.windowCenter);
    expect(herniated).toBeLessThan(normal * 0.5);
  });

  it("axial at L4-L5 shows the same indentation of the thecal sac", () => {
    const at = (level: string) => {
      const i = tra.slices.findIndex((x) => x.label === level) + 2;
      const s = tra.slices[i]!;
      const d = phantom.spine.disc(level);
      const w =
        (s.position[1] - d.frame.origin[1]) * d.frame.up[0] + (s.position[2] - d.frame.origin[2]) * d.frame.up[1];
      return meanAround(renderSlice(phantom, s, "t").pixels, s, toWorld(d.frame, 0, d.ry + 2.5, w));
    };
    expect(at("L4-L5")).toBeLessThan(at("L2-L3") * 0.5);
  });

  it("is deterministic and stays within 12 bits", () => {
    const a = renderSlice(phantom, tra.slices[0]!, "same");
    const b = renderSlice(buildPhantom("test", 1), tra.slices[0]!, "same");
    expect(Buffer.from(a.pixels.buffer).equals(Buffer.from(b.pixels.buffer))).toBe(true);
    expect(a.pixels.reduce((m, v) => Math.max(m, v), 0)).toBeLessThanOrEqual(4095);
    expect(a.windowWidth).toBeGreaterThan(200);
  });

  it("varies anatomy and pathology between studies", () => {
    const levels = new Set([2, 3, 4, 5, 6, 7, 8].map((k) => buildPhantom("test", k).params.herniation.level));
    expect(levels.size).toBeGreaterThan(1);
  });
});
