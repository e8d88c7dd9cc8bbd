// The synthetic pack's determinism rests here: the same seed and label give the same numbers and UIDs, different ones
// differ, and the UIDs are valid DICOM UIDs.
import { describe, expect, it } from "vitest";
import { hash32, makeRng, mulberry32, uidFor } from "./rng";

describe("hash32", () => {
  it("is FNV-1a over the string", () => {
    expect(hash32("")).toBe(0x811c9dc5);
    expect(hash32("a")).toBe(0xe40c292c);
    expect(hash32("foobar")).toBe(0xbf9cf968);
  });
});

describe("mulberry32 and makeRng", () => {
  it("repeat for the same seed and label, and differ for another label", () => {
    const a = makeRng(42, "study 1");
    const b = makeRng(42, "study 1");
    const c = makeRng(42, "study 2");
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    const m = mulberry32(1);
    expect(m()).toBe(mulberry32(1)());
  });

  it("stay in their ranges", () => {
    const r = makeRng("seed", "ranges");
    for (let i = 0; i < 1000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      const y = r.range(-2, 3);
      expect(y >= -2 && y < 3).toBe(true);
      const k = r.int(1, 3);
      expect([1, 2, 3]).toContain(k);
    }
    expect(r.chance(0)).toBe(false);
    expect(r.chance(1)).toBe(true);
  });

  it("pick from a list, and refuse an empty one", () => {
    const r = makeRng(1, "pick");
    expect(["a", "b"]).toContain(r.pick(["a", "b"]));
    expect(() => r.pick([])).toThrow("pick from empty list");
  });
});

describe("uidFor", () => {
  it("is a deterministic 2.25 UID of at most 64 characters without leading zeros", () => {
    const uid = uidFor(7, "study 1");
    expect(uid).toBe(uidFor(7, "study 1"));
    expect(uid).not.toBe(uidFor(7, "study 2"));
    expect(uid).not.toBe(uidFor(8, "study 1"));
    expect(uid).toMatch(/^2\.25\.[1-9]\d*$/);
    expect(uid.length).toBeLessThanOrEqual(64);
  });

  it("encodes a version 5, RFC 4122 variant UUID", () => {
    const n = BigInt(uidFor("s", "x").slice(5));
    const hex = n.toString(16).padStart(32, "0");
    expect(hex[12]).toBe("5");
    expect(["8", "9", "a", "b"]).toContain(hex[16]);
  });
});
