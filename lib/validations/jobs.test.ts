import { describe, expect, it } from "vitest";
import { formatJobsCursor, jobsViewSchema, parseJobsCursor, refreshCatalogueSchema, startImportSchema } from "./jobs";

const id = "0b7e6f3a-8c1d-4e2f-9a5b-6c7d8e9f0a1b";

describe("jobs page and action inputs", () => {
  it("round-trip the page cursor and ignore a forged one", () => {
    const at = { createdOn: new Date("2026-05-06T07:08:09.010Z"), id };
    expect(parseJobsCursor(formatJobsCursor(at))).toEqual(at);
    for (const bad of [undefined, "", "abc", `1_${id}x`, `1234567890123456_${id}`, `12_DROP TABLE`])
      expect(parseJobsCursor(bad), String(bad)).toBeUndefined();
  });

  it("show every job for an unknown view", () => {
    expect(jobsViewSchema.parse("failed")).toBe("failed");
    expect(jobsViewSchema.parse("retried")).toBe("retried");
    expect(jobsViewSchema.parse("deleted")).toBe("all");
  });

  it("take an absolute folder and a dataset slug by the one slug rule", () => {
    expect(startImportSchema.parse({ source: " /data/pack ", datasetSlug: "lumbar-spine-mri", sample: "on" })).toEqual({
      source: "/data/pack",
      datasetSlug: "lumbar-spine-mri",
      sample: true,
    });
    expect(startImportSchema.safeParse({ source: "data/pack", datasetSlug: "x" }).success).toBe(false);
    expect(refreshCatalogueSchema.safeParse({ datasetSlug: "Lumbar Spine" }).success).toBe(false);
    expect(refreshCatalogueSchema.parse({ datasetSlug: " lumbar-spine-mri " })).toEqual({
      datasetSlug: "lumbar-spine-mri",
    });
  });
});
