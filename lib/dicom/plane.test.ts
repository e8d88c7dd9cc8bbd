// Tests plane derivation from ImageOrientationPatient: the three standard planes, tilted slices, oblique, unusable input.
import { describe, expect, it } from "vitest";
import { planeFromOrientation, planeInfo } from "./plane";

const deg = (d: number) => (d * Math.PI) / 180;

describe("planeFromOrientation", () => {
  it.each<[string, number[], string]>([
    ["sagittal", [0, 1, 0, 0, 0, -1], "sagittal"],
    ["coronal", [1, 0, 0, 0, 0, -1], "coronal"],
    ["axial", [1, 0, 0, 0, 1, 0], "axial"],
    ["axial (flipped rows)", [-1, 0, 0, 0, 1, 0], "axial"],
  ])("%s", (_, iop, plane) => {
    expect(planeFromOrientation(iop)).toBe(plane);
  });

  it("keeps a lumbar axial angled 20 degrees along the disc axial", () => {
    const a = deg(20);
    const iop = [1, 0, 0, 0, Math.cos(a), Math.sin(a)];
    expect(planeFromOrientation(iop)).toBe("axial");
    expect(planeInfo(iop)?.tiltDegrees).toBeCloseTo(20, 5);
  });

  it("calls a 45-degree slice oblique but still knows the nearest plane", () => {
    const s = Math.SQRT1_2; // normal halfway between left-right and head-foot
    const info = planeInfo([0, 1, 0, s, 0, -s]);
    expect(info?.plane).toBe("oblique");
    expect(["sagittal", "coronal", "axial"]).toContain(info?.nearest);
    expect(planeFromOrientation([1, 0, 0, 0, Math.cos(deg(20)), Math.sin(deg(20))], 10)).toBe("oblique");
  });

  it("returns null for missing, short, non-finite or degenerate orientations", () => {
    expect(planeFromOrientation(null)).toBeNull();
    expect(planeFromOrientation([1, 0, 0])).toBeNull();
    expect(planeFromOrientation([1, 0, 0, Number.NaN, 1, 0])).toBeNull();
    expect(planeFromOrientation([1, 0, 0, 1, 0, 0])).toBeNull();
    expect(planeFromOrientation([0, 0, 0, 0, 0, 0])).toBeNull();
  });
});
