import { describe, expect, it } from "vitest";
import { totalsBy } from "./get-dataset-stats";

describe("totalsBy", () => {
  it("sums per key, largest first, ties in name order", () => {
    const rows = [
      { condition: "B", method: "M1", studies: 5 },
      { condition: "A", method: "M2", studies: 3 },
      { condition: "C", method: "M1", studies: 10 },
      { condition: "A", method: "M1", studies: 2 },
      { condition: "B", method: "M2", studies: 0 },
    ];
    expect(totalsBy(rows, (r) => r.condition)).toEqual([
      { name: "C", studies: 10 },
      { name: "A", studies: 5 },
      { name: "B", studies: 5 },
    ]);
    expect(totalsBy(rows, (r) => r.method)).toEqual([
      { name: "M1", studies: 17 },
      { name: "M2", studies: 3 },
    ]);
  });
});
