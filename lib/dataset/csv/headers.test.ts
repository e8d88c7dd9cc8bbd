import { describe, expect, it } from "vitest";
import { headerKey, isTotalName, roleOf, ROLE_NAMES } from "./headers";

describe("header names", () => {
  it("normalise case, spacing and underscores", () => {
    expect(headerKey("  Number_of__Studies ")).toBe("number of studies");
    expect(headerKey("Method\u00a0of  study")).toBe("method of study");
  });

  it("map aliases to their role, in any case and spacing", () => {
    expect(roleOf("Diagnosis")).toBe("condition");
    expect(roleOf("METHOD_OF_STUDY")).toBe("method");
    expect(roleOf("# of studies")).toBe("studies");
    expect(roleOf(" n ")).toBe("studies");
    expect(roleOf("MRI 3T")).toBeNull();
    expect(roleOf("")).toBeNull();
  });

  it("recognise total rows and columns", () => {
    for (const t of ["Total", "GRAND TOTAL", "all_methods", " Sum "]) expect(isTotalName(t)).toBe(true);
    for (const t of ["Totally", "MRI", ""]) expect(isTotalName(t)).toBe(false);
  });

  it("describe each role by its name and commonest aliases, each of which is recognised", () => {
    for (const [role, text] of Object.entries(ROLE_NAMES)) {
      const names = text
        .replace(/[()]/g, ",")
        .replace(/\bor\b/g, ",")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      for (const n of names) expect(roleOf(n)).toBe(role);
    }
  });
});
