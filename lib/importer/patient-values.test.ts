import { describe, expect, it } from "vitest";
import { containsAny, redactValues } from "./patient-values";

describe("patient values", () => {
  it("matches whole values whatever separates their parts, not fragments of longer words or numbers", () => {
    expect(containsAny("pydicom/77654033/CR1/6154", ["77654033"])).toBe(true);
    expect(containsAny("scans/DOE_PETER/IM1", ["Doe^Peter"])).toBe(true);
    expect(containsAny("Anonymous", ["Anonymous"])).toBe(true);
    expect(containsAny("test-SR.dcm", ["Test^S R"])).toBe(false);
    expect(containsAny("1.3.12.2.1107.5.2.43.66112.2016082411385783242928432", ["20160824"])).toBe(false);
    expect(containsAny("98892003/MR1/4919", ["98890234"])).toBe(false);
    expect(containsAny("anything", ["^^^^", ""])).toBe(false);
  });

  it("redacts values inside every string of a report, keys and numbers untouched", () => {
    const report = { rejected: [{ path: "dir/77654033/CR1/6154", reason: "x" }], n: 77654033 };
    expect(redactValues(report, ["77654033"])).toEqual({
      rejected: [{ path: "dir/[patient value]/CR1/6154", reason: "x" }],
      n: 77654033,
    });
  });
});
