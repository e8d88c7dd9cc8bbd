// The licence uses: each labelled, and isUse accepting exactly them.
import { describe, expect, it } from "vitest";
import { isUse, useLabels, USES } from "./uses";

describe("uses", () => {
  it("labels every use", () => {
    for (const u of USES) expect(useLabels[u]).toBeTruthy();
  });

  it("isUse accepts exactly the listed uses", () => {
    expect(USES.every(isUse)).toBe(true);
    for (const v of ["Research", "teaching", "", null, undefined, 1, ["research"], { research: true }, "constructor"])
      expect(isUse(v), String(v)).toBe(false);
  });
});
