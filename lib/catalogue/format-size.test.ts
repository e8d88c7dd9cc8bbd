// Byte sizes for buyers in decimal units.
import { describe, expect, it } from "vitest";
import { formatSize } from "./format-size";

describe("formatSize", () => {
  it.each([
    [0, "0 bytes"],
    [999, "999 bytes"],
    [1000, "1.0 kB"],
    [1500, "1.5 kB"],
    [99_949, "99.9 kB"],
    [100_000, "100 kB"],
    [999_499, "999 kB"],
    [999_500, "1.0 MB"],
    [999_999_999, "1.0 GB"],
    [4e12, "4.0 TB"],
    [2.5e15, "2.5 PB"],
    [3e18, "3000 PB"],
  ])("%d -> %s", (bytes, shown) => {
    expect(formatSize(bytes)).toBe(shown);
  });
});
