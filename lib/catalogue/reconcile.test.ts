import { describe, expect, it } from "vitest";
import { reconcile } from "./reconcile";

describe("reconcile", () => {
  it("compares per condition, per method and in total, matching names case-insensitively", () => {
    const r = reconcile(
      [
        { condition: "Disc herniation", method: "MRI 1.5T", studies: 10 },
        { condition: "Disc herniation", method: "MRI 3T", studies: 5 },
        { condition: "Scoliosis", method: "MRI 3T", studies: 2 },
      ],
      [
        ["disc herniation", "MRI 1.5T", 10],
        ["Disc herniation", "MRI 3T", 4],
        ["Spondylosis", "MRI 3T", 1],
      ],
    );
    expect(r.conditions).toEqual([
      { name: "Disc herniation", csv: 15, catalogue: 14, difference: -1 },
      { name: "Scoliosis", csv: 2, catalogue: 0, difference: -2 },
      { name: "Spondylosis", csv: 0, catalogue: 1, difference: 1 },
    ]);
    expect(r.methods).toEqual([
      { name: "MRI 1.5T", csv: 10, catalogue: 10, difference: 0 },
      { name: "MRI 3T", csv: 7, catalogue: 5, difference: -2 },
    ]);
    expect(r.total).toEqual({ name: "Total", csv: 17, catalogue: 15, difference: -2 });
  });
});
