import { describe, expect, it } from "vitest";
import { searchForm } from "./search-text";

describe("searchForm", () => {
  it("lower-cases and stores LIKE's wildcards and the escape character as private-use characters", () => {
    expect(searchForm("Ada LOVELACE")).toBe("ada lovelace");
    expect(searchForm("100%_a\\b")).toBe("100\uE025\uE05Fa\uE05Cb");
  });

  it("maps a search and the stored text alike, so a literal % finds only a literal %", () => {
    const stored = searchForm("Discount 100% off");
    expect(stored.includes(searchForm("100%"))).toBe(true);
    expect(searchForm("100 off").includes("%")).toBe(false);
    expect(searchForm("a_b")).not.toContain("_");
  });
});
