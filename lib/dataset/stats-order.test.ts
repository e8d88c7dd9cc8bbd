import { describe, expect, it } from "vitest";
import { statsOrderPath } from "./stats-order";

describe("statsOrderPath", () => {
  it("maps valid orders to their cached page and anything else to none", () => {
    const p = (q: string) => statsOrderPath(new URLSearchParams(q));
    expect(p("sort=total&dir=asc")).toBe("/statistics/sorted/total/asc");
    expect(p("sort=m3&dir=desc")).toBe("/statistics/sorted/m3/desc");
    expect(p("sort=condition&dir=asc&utm_source=x")).toBe("/statistics/sorted/condition/asc");
    expect(p("")).toBeNull();
    expect(p("sort=total")).toBeNull();
    expect(p("sort=m100&dir=asc")).toBeNull();
    expect(p("sort=../../x&dir=asc")).toBeNull();
    expect(p("sort=total&dir=up")).toBeNull();
  });
});
