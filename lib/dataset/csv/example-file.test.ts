// The shipped example CSV parses with the vendor-style options it was written to exercise, and adds up to 2.4 million.
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseConditionsCsv } from "./parse-conditions-csv";
import { EXAMPLE_STATS_PATH, EXAMPLE_STATS_SHA256 } from "../example";

const bytes = fs.readFileSync(path.resolve(__dirname, "../../..", EXAMPLE_STATS_PATH));

describe("data/examples/Spine_MRI_conditions.csv", () => {
  it("is the file whose SHA-256 marks imports as illustrative", () => {
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(EXAMPLE_STATS_SHA256);
  });

  it("is a BOM, CRLF, ;-separated wide table with quoted header and dot thousands", () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.split("\r\n")[0]).toBe(
      '\uFEFF"Condition";"MRI 1.5T";"MRI 3T";"MRI 1.5T with contrast";"Low-field MRI 0.3–0.5T";"Total"',
    );
    expect(text).toMatch(/;2\.400\.000\r\n$/);
  });

  it("parses to 12 conditions x 4 methods totalling exactly 2,400,000 studies", () => {
    const r = parseConditionsCsv(bytes);
    expect(r.format).toBe("wide");
    expect(r.delimiter).toBe(";");
    expect(r.rows).toHaveLength(48);
    expect(r.totalStudies).toBe(2_400_000);
    expect(new Set(r.rows.map((x) => x.condition)).size).toBe(12);
    expect([...new Set(r.rows.map((x) => x.method))]).toEqual([
      "MRI 1.5T",
      "MRI 3T",
      "MRI 1.5T with contrast",
      "Low-field MRI 0.3–0.5T",
    ]);
    expect(r.rows[0]).toEqual({ condition: "Degenerative disc disease", method: "MRI 1.5T", studies: 267_244 });
    expect(r.rows.find((x) => x.condition === "Schmorl's nodes" && x.method === "MRI 3T")?.studies).toBe(25_011);
    expect(r.rows.some((x) => x.condition === "Total" || x.method === "Total")).toBe(false);
  });
});
