// The storage errors are what a refused or missing key reports to logs and callers: the key quoted (so blanks and
// control characters show), cut at 200 characters (a hostile key must not flood the log), and a name callers match on.
import { describe, expect, it } from "vitest";
import { StorageKeyError, StorageNotFoundError } from "./types";

describe("storage errors", () => {
  it("quote the key and say why it was refused", () => {
    const e = new StorageKeyError("../etc/passwd", "leaves the root");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("StorageKeyError");
    expect(e.message).toBe('storage key "../etc/passwd" refused: leaves the root');
  });

  it("show control characters escaped instead of writing them into the log", () => {
    expect(new StorageNotFoundError("a\nb\u0000").message).toBe('no file at storage key "a\\nb\\u0000"');
  });

  it("cut a long key at 200 characters", () => {
    const key = "k".repeat(5_000);
    const e = new StorageNotFoundError(key);
    expect(e.name).toBe("StorageNotFoundError");
    expect(e.message).toBe(`no file at storage key "${"k".repeat(200)}"`);
  });
});
