import { describe, expect, it } from "vitest";
import { countryCodes, countryName, countryOptions } from "./countries";

describe("countries", () => {
  it("holds unique two-letter codes", () => {
    expect(new Set(countryCodes).size).toBe(countryCodes.length);
    for (const c of countryCodes) expect(c).toMatch(/^[A-Z]{2}$/);
    expect(countryCodes).toContain("DE");
  });

  it("names a code in English, and falls back to the code itself", () => {
    expect(countryName("DE")).toBe("Germany");
    expect(countryName("GB")).toBe("United Kingdom");
    expect(countryName("not a code")).toBe("not a code");
  });

  it("offers every code once, sorted by English name", () => {
    const options = countryOptions();
    expect(options).toHaveLength(countryCodes.length);
    const labels = options.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en")));
    expect(options.find((o) => o.value === "CH")?.label).toBe("Switzerland");
  });
});
