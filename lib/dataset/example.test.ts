// The shipped example statistics file is recognised by its SHA-256, and the constant is that file's hash.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLE_STATS_PATH, EXAMPLE_STATS_SHA256, isExampleStats } from "./example";

describe("isExampleStats", () => {
  it("recognises the hash of the file at EXAMPLE_STATS_PATH and nothing else", () => {
    const bytes = fs.readFileSync(path.join(import.meta.dirname, "../..", EXAMPLE_STATS_PATH));
    const sha = crypto.createHash("sha256").update(bytes).digest("hex");
    expect(sha).toBe(EXAMPLE_STATS_SHA256);
    expect(isExampleStats(sha)).toBe(true);
    expect(isExampleStats(sha.toUpperCase())).toBe(false);
    expect(isExampleStats(crypto.createHash("sha256").update("other").digest("hex"))).toBe(false);
  });
});
