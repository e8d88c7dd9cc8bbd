// Per-study phantom parameters: study 1 is the fixed textbook case, later studies vary within the documented ranges and
// stay self-consistent (the report and the labels file are written from them).
import { describe, expect, it } from "vitest";
import { DISC_LEVELS, phantomParams } from "./params";

const studies = Array.from({ length: 60 }, (_, i) => phantomParams("params-test", i + 2));

describe("phantomParams", () => {
  it("study 1 is the textbook median L4-L5 extrusion whatever the seed", () => {
    const p = phantomParams("any seed", 1);
    expect(phantomParams(12345, 1)).toEqual(p);
    expect(p).toMatchObject({
      studyIndex: 1,
      ageYears: 45,
      sex: "M",
      size: 1,
      lordosis: 1,
      herniation: { level: "L4-L5", kind: "extrusion", side: "median", xMm: 0, depthMm: 6.5, migrationMm: -3 },
      conus: 0.75,
    });
    // The herniated level and the one below it are dehydrated.
    expect(p.degenerated).toEqual(["L4-L5", "L5-S1"]);
  });

  it("is the same for the same seed and study, different across seeds", () => {
    expect(phantomParams("a", 7)).toEqual(phantomParams("a", 7));
    const differ = [2, 3, 4, 5].some(
      (k) => JSON.stringify(phantomParams("a", k)) !== JSON.stringify(phantomParams("b", k)),
    );
    expect(differ).toBe(true);
  });

  it("keeps every value within its documented range", () => {
    for (const p of studies) {
      expect(Number.isInteger(p.ageYears) && p.ageYears >= 24 && p.ageYears <= 78).toBe(true);
      expect(["M", "F"]).toContain(p.sex);
      expect(p.size).toBeGreaterThanOrEqual(0.92);
      expect(p.size).toBeLessThanOrEqual(1.08);
      expect(p.lordosis).toBeGreaterThanOrEqual(0.75);
      expect(p.lordosis).toBeLessThanOrEqual(1.25);
      expect(p.fatMm).toBeGreaterThanOrEqual(8);
      expect(p.fatMm).toBeLessThanOrEqual(34);
      expect(p.conus).toBeGreaterThanOrEqual(0.45);
      expect(p.conus).toBeLessThanOrEqual(0.95);
      expect(Number.isInteger(p.symptomMonths) && p.symptomMonths >= 1 && p.symptomMonths <= 24).toBe(true);
    }
  });

  it("herniation: a lower lumbar level; depth and migration by kind; lateral offset by side (+ = left)", () => {
    for (const { herniation: h } of studies) {
      expect(["L3-L4", "L4-L5", "L5-S1"]).toContain(h.level);
      if (h.kind === "extrusion") {
        expect(h.depthMm).toBeGreaterThanOrEqual(6.5);
        expect(h.depthMm).toBeLessThanOrEqual(8.5);
        expect(h.migrationMm).toBeLessThanOrEqual(0);
        expect(h.migrationMm).toBeGreaterThanOrEqual(-5);
      } else {
        expect(h.depthMm).toBeGreaterThanOrEqual(4.5);
        expect(h.depthMm).toBeLessThanOrEqual(6);
        expect(h.migrationMm).toBe(0);
      }
      if (h.side === "median") expect(h.xMm).toBe(0);
      else {
        expect(Math.abs(h.xMm)).toBeGreaterThanOrEqual(3);
        expect(Math.abs(h.xMm)).toBeLessThanOrEqual(5);
        expect(Math.sign(h.xMm)).toBe(h.side === "left paramedian" ? 1 : -1);
      }
    }
  });

  it("degenerated discs: the herniated level, perhaps its neighbours, in craniocaudal order", () => {
    for (const p of studies) {
      const at = DISC_LEVELS.indexOf(p.herniation.level);
      expect(p.degenerated).toContain(p.herniation.level);
      for (const l of p.degenerated) expect(Math.abs(DISC_LEVELS.indexOf(l) - at)).toBeLessThanOrEqual(1);
      expect(p.degenerated).toEqual(DISC_LEVELS.filter((l) => p.degenerated.includes(l)));
    }
  });

  it("varies across studies: every side, both kinds, both sexes, several levels", () => {
    expect(new Set(studies.map((p) => p.herniation.side)).size).toBe(3);
    expect(new Set(studies.map((p) => p.herniation.kind)).size).toBe(2);
    expect(new Set(studies.map((p) => p.sex)).size).toBe(2);
    expect(new Set(studies.map((p) => p.herniation.level)).size).toBe(3);
  });
});
