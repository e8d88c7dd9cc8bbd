import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("keyset cursors", () => {
  it("round-trips", () => {
    expect(decodeCursor(encodeCursor({ v: 1700000000000, id: "abc" }), "time")).toEqual({
      v: 1700000000000,
      id: "abc",
    });
    expect(decodeCursor(encodeCursor({ v: "Ada", id: "x" }), "text")).toEqual({ v: "Ada", id: "x" });
  });

  it("ignores tampered input", () => {
    expect(decodeCursor("not-base64-json", "time")).toBeUndefined();
    expect(decodeCursor(Buffer.from('{"v":{"$gt":1},"id":"x"}').toString("base64url"), "time")).toBeUndefined();
    expect(decodeCursor(undefined, "time")).toBeUndefined();
    expect(decodeCursor("x".repeat(1000), "text")).toBeUndefined();
  });

  it("refuses sort values the query could not use: times a Date cannot hold, or the wrong kind", () => {
    for (const v of [1e300, 8.64e15 + 1, 1.5, "1700000000000"])
      expect(decodeCursor(encodeCursor({ v, id: "x" }), "time"), String(v)).toBeUndefined();
    expect(decodeCursor(encodeCursor({ v: 17, id: "x" }), "text")).toBeUndefined();
  });
});
