import { describe, expect, it } from "vitest";
import { assertDatasetSlug, isDatasetSlug, isPostgresUrl } from "./rules.mjs";

describe("shared rules", () => {
  it("dataset slugs: lowercase letters, digits and dashes only", () => {
    expect(["lumbar-spine-mri", "a1", "x"].every(isDatasetSlug)).toBe(true);
    expect(["", "Lumbar", "a_b", "a/b", "a b", "../x"].some(isDatasetSlug)).toBe(false);
    expect(() => assertDatasetSlug("Bad Slug")).toThrow(
      'invalid dataset slug "Bad Slug" (lowercase letters, digits and dashes)',
    );
  });

  it("PostgreSQL URLs by scheme", () => {
    expect(isPostgresUrl("postgres://u@h/db")).toBe(true);
    expect(isPostgresUrl("postgresql://u@h/db")).toBe(true);
    expect(isPostgresUrl("file:./x.db")).toBe(false);
    expect(isPostgresUrl("mysql://h/db")).toBe(false);
    expect(isPostgresUrl(undefined)).toBe(false);
  });
});
