import { describe, expect, it } from "vitest";
import { parsePrefill } from "./prefill";

const known = ["Disc herniation", "Spinal stenosis", "Spondylolisthesis"];

describe("parsePrefill", () => {
  it("takes valid values from a cohort link", () => {
    expect(
      parsePrefill(
        { conditions: "disc herniation,Spinal stenosis", studies: "1200", use: "commercial", from: "/statistics?x=1" },
        known,
      ),
    ).toEqual({
      conditions: ["Disc herniation", "Spinal stenosis"],
      studyCount: 1200,
      intendedUse: "commercial",
      source: "/statistics?x=1",
    });
  });

  it("accepts repeated parameters", () => {
    expect(parsePrefill({ condition: ["Spondylolisthesis", "Spinal stenosis"] }, known).conditions).toEqual([
      "Spondylolisthesis",
      "Spinal stenosis",
    ]);
  });

  it("drops anything it cannot trust", () => {
    expect(
      parsePrefill(
        { conditions: "<script>alert(1)</script>,Unknown", studies: "-5", use: "both", from: "https://evil.example/" },
        known,
      ),
    ).toEqual({ conditions: [] });
    expect(parsePrefill({ from: "//evil.example" }, known)).toEqual({ conditions: [] });
    expect(parsePrefill({ studies: "99999999" }, known)).toEqual({ conditions: [] });
  });
});
