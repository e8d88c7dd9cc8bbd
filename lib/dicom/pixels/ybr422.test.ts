import { describe, expect, it } from "vitest";
import { upsampleYbr422 } from "./ybr422";

describe("upsampleYbr422", () => {
  it("gives both pixels of a pair their own Y and the pair's Cb/Cr, row by row", () => {
    // 2 rows x 2 columns: one pair per row.
    const src = new Uint8Array([10, 20, 100, 200, 30, 40, 110, 210]);
    const out = upsampleYbr422(src, 2, 2);
    expect(out).toBeInstanceOf(Uint8Array);
    expect([...out]).toEqual([10, 100, 200, 20, 100, 200, 30, 110, 210, 40, 110, 210]);
  });

  it("drops the padding Y of an odd width's last pair", () => {
    // 1 row x 3 columns: two pairs, the second's Y2 (99) is padding.
    const src = new Uint16Array([1, 2, 50, 60, 3, 99, 70, 80]);
    const out = upsampleYbr422(src, 1, 3);
    expect(out).toBeInstanceOf(Uint16Array);
    expect([...out]).toEqual([1, 50, 60, 2, 50, 60, 3, 70, 80]);
  });
});
