import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dateRangeFields, dateRangeWhere } from "./date-range";

describe("dateRangeWhere", () => {
  it("covers whole UTC days, both ends included", () => {
    expect(dateRangeWhere({ from: "2026-03-01", to: "2026-03-02" })).toEqual({
      gte: new Date("2026-03-01T00:00:00Z"),
      lt: new Date("2026-03-03T00:00:00Z"),
    });
    expect(dateRangeWhere({ to: "2026-12-31" })).toEqual({ lt: new Date("2027-01-01T00:00:00Z") });
    expect(dateRangeWhere({ from: "2026-02-28" })).toEqual({ gte: new Date("2026-02-28T00:00:00Z") });
  });

  it("is no filter when neither end is set", () => {
    expect(dateRangeWhere({})).toBeUndefined();
  });

  it("drops a malformed date instead of failing the page", () => {
    const schema = z.object(dateRangeFields);
    expect(schema.parse({ from: "yesterday", to: "2026-13-40" })).toEqual({});
    expect(schema.parse({ from: "2026-01-05" })).toEqual({ from: "2026-01-05" });
  });
});
