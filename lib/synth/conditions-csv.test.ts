// The pack's statistics file: a byte copy of the example when it exists, else a fallback table the real parser reads.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseConditionsCsv } from "../dataset/csv";
import { fallbackConditionsCsv, writeConditionsCsv } from "./conditions-csv";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "conditions-csv-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("fallbackConditionsCsv", () => {
  it("is a long table the importer accepts, summing to 2,400,000 studies", () => {
    const parsed = parseConditionsCsv(fallbackConditionsCsv());
    expect(parsed.format).toBe("long");
    expect(parsed.totalStudies).toBe(2_400_000);
    expect(parsed.rows).toHaveLength(12);
  });
});

describe("writeConditionsCsv", () => {
  it("copies the source byte for byte when it exists", async () => {
    const src = path.join(dir, "src.csv");
    fs.writeFileSync(src, "condition;method;studies\r\nA;MRI;1\r\n");
    const dest = path.join(dir, "copied.csv");
    expect(await writeConditionsCsv(dest, src)).toBe("copied");
    expect(fs.readFileSync(dest)).toEqual(fs.readFileSync(src));
  });

  it("writes the fallback when the source is missing or not given", async () => {
    const a = path.join(dir, "a.csv");
    expect(await writeConditionsCsv(a, path.join(dir, "missing.csv"))).toBe("fallback");
    expect(fs.readFileSync(a, "utf8")).toBe(fallbackConditionsCsv());
    expect(await writeConditionsCsv(path.join(dir, "b.csv"), null)).toBe("fallback");
  });

  it("does not hide other failures (a source that is a directory)", async () => {
    await expect(writeConditionsCsv(path.join(dir, "c.csv"), dir)).rejects.toThrow();
  });
});
