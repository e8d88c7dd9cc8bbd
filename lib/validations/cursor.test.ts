import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("keyset cursors", () => {
  it("round-trips", () => {
    expect(decodeCursor(encodeCursor({ v: 1700000000000, id: "abc" }))).toEqual({ v: 1700000000000, id: "abc" });
    expect(decodeCursor(encodeCursor({ v: "Ada", id: "x" }))).toEqual({ v: "Ada", id: "x" });
  });

  it("ignores tampered input", () => {
    expect(decodeCursor("not-base64-json")).toBeUndefined();
    expect(decodeCursor(Buffer.from('{"v":{"$gt":1},"id":"x"}').toString("base64url"))).toBeUndefined();
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor("x".repeat(1000))).toBeUndefined();
  });
});
