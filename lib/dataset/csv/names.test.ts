import { describe, expect, it } from "vitest";
import { nameKey, nameProblem, normaliseName } from "./names";

describe("normaliseName and nameKey", () => {
  it("collapses any whitespace, trims, composes to NFC and keeps the display case", () => {
    expect(normaliseName("  Disc\u00a0 herniation\t L4 ")).toBe("Disc herniation L4");
    expect(normaliseName("Re\u0301sume\u0301")).toBe("Résumé");
    expect(nameKey("Disc Herniation")).toBe(nameKey("disc herniation"));
  });
});

describe("nameProblem", () => {
  it("accepts ordinary names up to 200 characters", () => {
    expect(nameProblem("Spondylolisthesis", "condition")).toBeNull();
    expect(nameProblem("x".repeat(200), "method")).toBeNull();
  });

  it("names what is wrong: empty, too long, a control character, a formula start", () => {
    expect(nameProblem("", "condition")).toBe("empty condition");
    expect(nameProblem("x".repeat(201), "method")).toBe("method is longer than 200 characters");
    expect(nameProblem("a\u0007b", "condition")).toBe("condition contains a control character");
    for (const c of ["=", "+", "-", "@"]) {
      expect(nameProblem(`${c}SUM(A1)`, "condition")).toBe(
        `condition "${c}SUM(A1)" starts with ${c}, which spreadsheets run as a formula`,
      );
    }
    expect(nameProblem("L4-L5", "condition")).toBeNull();
  });
});
