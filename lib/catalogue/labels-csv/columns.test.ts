// The labels table's header names: every name and alias of a column resolves to that column, however it is cased or
// spaced, no name belongs to two columns, and unknown headers are not guessed.
import { describe, expect, it } from "vitest";
import { headerKey } from "../../dataset/csv/headers";
import { LABEL_COLUMNS, labelColumnOf } from "./columns";

describe("labelColumnOf", () => {
  it("resolves every column's header, key and aliases to that column", () => {
    for (const c of LABEL_COLUMNS)
      for (const name of [c.header, c.key, ...c.aliases]) expect(labelColumnOf(name), name).toBe(c.key);
  });

  it("ignores case, surrounding spaces, and underscores/hyphens/spaces between words", () => {
    for (const raw of ["Study_Instance_UID", "  STUDY INSTANCE UID ", "study-instance-uid", "StudyInstanceUID"])
      expect(labelColumnOf(raw), raw).toBe("studyInstanceUid");
    expect(labelColumnOf("Field Strength")).toBe(labelColumnOf("field_strength"));
    expect(labelColumnOf("SHA-256")).toBe("sha256");
  });

  it("gives null for a header that is no column", () => {
    for (const raw of ["", "notes", "patient name", "uid2", "sha512"]) expect(labelColumnOf(raw), raw).toBeNull();
  });

  it("no normalised name belongs to two columns (the later would silently win)", () => {
    const owner = new Map<string, string>();
    for (const c of LABEL_COLUMNS)
      for (const name of [c.header, c.key, ...c.aliases]) {
        const k = headerKey(name).replace(/-/g, " ");
        expect(owner.get(k) ?? c.key, `"${name}" in ${c.key} and ${owner.get(k)}`).toBe(c.key);
        owner.set(k, c.key);
      }
  });

  it("lists each column once, required ones documented with their values", () => {
    expect(new Set(LABEL_COLUMNS.map((c) => c.key)).size).toBe(LABEL_COLUMNS.length);
    expect(new Set(LABEL_COLUMNS.map((c) => c.header)).size).toBe(LABEL_COLUMNS.length);
    expect(LABEL_COLUMNS.filter((c) => c.required).map((c) => c.key)).toEqual([
      "studyInstanceUid",
      "conditions",
      "method",
      "sizeBytes",
      "objectKey",
      "sha256",
    ]);
    for (const c of LABEL_COLUMNS) expect(c.meaning && c.values, c.key).toBeTruthy();
  });
});
