// The synthetic report says what the phantom shows: every label once in order, and the level, kind, stenosis grade and
// nerve root taken from the same parameters the images and the labels file use.
import { describe, expect, it } from "vitest";
import { phantomParams, type PhantomParams } from "./params";
import { REPORT_LABELS, reportFields } from "./report-text";

const text = (p: PhantomParams, label: string) => reportFields(p).find((f) => f.label === label)!.text;

describe("reportFields", () => {
  it("has every label once, in order, with text", () => {
    for (let k = 0; k < 5; k++) {
      const fields = reportFields(phantomParams("seed", k));
      expect(fields.map((f) => f.label)).toEqual([...REPORT_LABELS]);
      for (const f of fields) expect(f.text.length).toBeGreaterThan(0);
    }
  });

  it("states the herniation's level, kind, depth, stenosis grade and root from the parameters", () => {
    for (let k = 0; k < 8; k++) {
      const p = phantomParams("report-test", k);
      const h = p.herniation;
      const grade = h.depthMm >= 7.5 ? "severe" : h.depthMm >= 5.5 ? "moderate" : "mild";
      const diagnosis = text(p, "Preliminary diagnosis");
      expect(diagnosis).toContain(`disc ${h.kind} at ${h.level} with ${grade}`);
      const root = { "L1-L2": "L2", "L2-L3": "L3", "L3-L4": "L4", "L4-L5": "L5", "L5-S1": "S1" }[h.level];
      expect(diagnosis).toContain(`${root} radiculopathy`);
      expect(text(p, "Description")).toContain(`extending ${h.depthMm.toFixed(1)} mm`);
      expect(text(p, "Age")).toBe(`${p.ageYears} years`);
      expect(text(p, "Sex")).toBe(p.sex === "M" ? "Male" : "Female");
    }
  });

  it("writes singular and plural right", () => {
    const p = phantomParams("s", 0);
    const one = { ...p, symptomMonths: 1, degenerated: [p.herniation.level] };
    expect(text(one, "Complaints")).toMatch(/^Low back pain for 1 month, /);
    expect(text(one, "Description")).toContain(`of the ${p.herniation.level} disc (desiccation)`);
    const many = { ...p, symptomMonths: 3, degenerated: ["L3-L4", "L4-L5"] as PhantomParams["degenerated"] };
    expect(text(many, "Complaints")).toMatch(/^Low back pain for 3 months, /);
    expect(text(many, "Description")).toContain("of the L3-L4, L4-L5 discs (desiccation)");
  });
});
