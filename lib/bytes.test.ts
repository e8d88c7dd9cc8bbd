// concatBytes: every part's bytes, in order, whatever the parts' sizes and views.
import { describe, expect, it } from "vitest";
import { concatBytes } from "./bytes";

describe("concatBytes", () => {
  it("puts the parts one after another, empty ones included", () => {
    const out = concatBytes(Uint8Array.of(1, 2), new Uint8Array(0), Uint8Array.of(3), Uint8Array.of(4, 5, 6));
    expect([...out]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("copies only a view's own bytes, into a new array", () => {
    const backing = Uint8Array.of(9, 1, 2, 9);
    const view = backing.subarray(1, 3);
    const out = concatBytes(view, view);
    expect([...out]).toEqual([1, 2, 1, 2]);
    out[0] = 7;
    expect(backing[1]).toBe(1);
  });

  it("gives an empty array for no parts", () => {
    expect(concatBytes()).toEqual(new Uint8Array(0));
  });
});
