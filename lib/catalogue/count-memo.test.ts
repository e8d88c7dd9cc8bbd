import { describe, expect, it } from "vitest";
import { memoised } from "./count-memo";

describe("the count memo", () => {
  it("computes once per index and key, and starts empty for a new index", () => {
    let computed = 0;
    const count = (ix: object, key: string) => memoised(ix, key, () => ({ n: ++computed }));
    const v1 = {};
    expect(count(v1, "a")).toEqual({ n: 1 });
    expect(count(v1, "a")).toEqual({ n: 1 });
    expect(count(v1, "b")).toEqual({ n: 2 });
    const v2 = {}; // a newly published catalogue version loads a new index
    expect(count(v2, "a")).toEqual({ n: 3 });
  });

  it("drops the least recently used result beyond the limit", () => {
    let computed = 0;
    const ix = {};
    const count = (key: string) => memoised(ix, key, () => ++computed, 2);
    count("a");
    count("b");
    count("a"); // a is now the most recent
    count("c"); // evicts b
    expect(computed).toBe(3);
    count("a");
    expect(computed).toBe(3);
    count("b");
    expect(computed).toBe(4);
  });
});
