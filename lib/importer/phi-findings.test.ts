// Per-file PHI findings on a study: a re-check replaces exactly the checked files' entries, and the reasons list each
// attribute once with the files it sits in (never a value).
import { describe, expect, it } from "vitest";
import type { PhiEntry } from "./batch";
import { mergePhi, phiReasons } from "./phi-findings";

const entry = (file: string, keyword = "PatientName", tag = "(0010,0010)", path = tag): PhiEntry => ({
  file,
  keyword,
  tag,
  path,
});

describe("mergePhi", () => {
  it("replaces the checked files' findings, keeps the others, sorted by file then path", () => {
    const existing = JSON.stringify([entry("b"), entry("a"), entry("c")]);
    const merged = mergePhi(existing, ["a", "b"], [entry("b", "PatientID", "(0010,0020)")]);
    expect(JSON.parse(merged!)).toEqual([entry("b", "PatientID", "(0010,0020)"), entry("c")]);
  });

  it("is null when nothing is left, and tolerates missing or damaged stored JSON", () => {
    expect(mergePhi(JSON.stringify([entry("a")]), ["a"], [])).toBeNull();
    expect(mergePhi(null, [], [])).toBeNull();
    expect(JSON.parse(mergePhi("not json", [], [entry("x")])!)).toEqual([entry("x")]);
    expect(JSON.parse(mergePhi('{"a":1}', [], [entry("x")])!)).toEqual([entry("x")]);
  });
});

describe("phiReasons", () => {
  it("gives one line per attribute with its file count, listing at most five files", () => {
    const files = ["f1", "f2", "f3", "f4", "f5", "f6", "f7"];
    const json = JSON.stringify([
      ...files.map((f) => entry(f)),
      entry("f1"),
      entry("f2", "PatientID", "(0010,0020)", "(0008,1115)[0]/(0010,0020)"),
    ]);
    expect(phiReasons(json)).toEqual([
      "PatientName (0010,0010) in 7 file(s): f1, f2, f3, f4, f5, and 2 more",
      "PatientID (0010,0020) at (0008,1115)[0]/(0010,0020) in 1 file(s): f2",
    ]);
  });

  it("is empty for a clean study", () => {
    expect(phiReasons(null)).toEqual([]);
  });
});
