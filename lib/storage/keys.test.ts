// What a valid storage key is, and how an absolute path under a root becomes one.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertSafeKey, keyFor } from "./keys";
import { StorageKeyError } from "./types";

describe("assertSafeKey", () => {
  it("accepts plain relative paths, including names that merely start with dots", () => {
    for (const key of ["a", "ST000001/SE000001/IM000001", "report.pdf", "..hidden", "a/.b/c..d", "é/ü.dcm"])
      expect(() => assertSafeKey(key), key).not.toThrow();
  });

  it.each([
    ["", "empty key"],
    ["a".repeat(1025), "longer than 1024"],
    ["a\0b", "NUL"],
    ["a\\b", "backslash"],
    ["/etc/passwd", "absolute"],
    ["C:/x", "absolute"],
    ["c:x", "absolute"],
    ["a//b", `"" path segment`],
    ["a/", `"" path segment`],
    ["./a", `"." path segment`],
    ["a/../../b", `".." path segment`],
    ["..", `".." path segment`],
  ])("refuses %j (%s) with a StorageKeyError", (key, why) => {
    let err: unknown;
    try {
      assertSafeKey(key);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StorageKeyError);
    expect((err as Error).message).toContain(why);
  });

  it("accepts a key of exactly 1024 characters", () => {
    expect(() => assertSafeKey("a".repeat(1024))).not.toThrow();
  });

  it("refuses a non-string with a StorageKeyError, not a TypeError", () => {
    expect(() => assertSafeKey(undefined as unknown as string)).toThrow(StorageKeyError);
  });
});

describe("keyFor", () => {
  const root = path.resolve("/srv/data/root");

  it("gives the POSIX relative key of a file inside the root", () => {
    expect(keyFor(root, path.join(root, "ST1", "SE1", "IM1"))).toBe("ST1/SE1/IM1");
    expect(keyFor(root + path.sep, path.join(root, "a.dcm"))).toBe("a.dcm");
  });

  it("is null for the root itself and for anything outside it", () => {
    expect(keyFor(root, root)).toBeNull();
    expect(keyFor(root, path.resolve("/srv/data/other/x"))).toBeNull();
    expect(keyFor(root, path.resolve("/srv/data/root-sibling/x"))).toBeNull();
    expect(keyFor(root, path.resolve("/srv/data"))).toBeNull();
  });

  it("keeps a file whose name starts with two dots (inside the root, and a valid key)", () => {
    const key = keyFor(root, path.join(root, "..hidden"));
    expect(key).toBe("..hidden");
    expect(() => assertSafeKey(key!)).not.toThrow();
  });
});
