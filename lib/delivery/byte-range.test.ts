import { describe, expect, it } from "vitest";
import { parseRange } from "./byte-range";

describe("parseRange", () => {
  it.each([
    ["bytes=0-9", 100, { kind: "range", start: 0, end: 9 }],
    ["bytes=90-", 100, { kind: "range", start: 90, end: 99 }],
    ["bytes=90-1000", 100, { kind: "range", start: 90, end: 99 }],
    ["bytes=-10", 100, { kind: "range", start: 90, end: 99 }],
    ["bytes=-1000", 100, { kind: "range", start: 0, end: 99 }],
    ["BYTES = 5 - 5", 100, { kind: "range", start: 5, end: 5 }],
  ] as const)("%s of %d bytes", (h, size, want) => expect(parseRange(h, size)).toEqual(want));

  it.each([
    ["bytes=100-", 100],
    ["bytes=100-200", 100],
    ["bytes=-0", 100],
    ["bytes=0-", 0],
  ])("%s of %d bytes is unsatisfiable", (h, size) => expect(parseRange(h, size)).toEqual({ kind: "unsatisfiable" }));

  it.each([null, "bytes=0-1,5-6", "bytes=9-1", "items=0-1", "bytes=-", "bytes=a-b", "bytes=99999999999999999999-"])(
    "%j is ignored (whole file)",
    (h) => expect(parseRange(h, 100)).toEqual({ kind: "none" }),
  );
});
