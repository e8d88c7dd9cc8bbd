// The cohort price component the cohort builder mounts: the tier arithmetic for each use, a signed buy link that
// /buy accepts, and the quote route above the self-serve limit.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createScratchDb, type ScratchDb } from "@/lib/testing/scratch-db";
import { seedLicensing } from "@/lib/licensing/seed";
import { verifyCohort } from "@/lib/licensing/cohort";

const SECRET = "cohort-price-test-secret-0123456789abcdef";
let scratch: ScratchDb;
vi.mock("@/lib/db", () => ({
  get db() {
    return scratch.db;
  },
}));
vi.mock("@/lib/auth/secret", () => ({ getAuthSecret: () => SECRET }));

beforeAll(async () => {
  scratch = await createScratchDb();
  await seedLicensing(scratch.db);
});
afterAll(() => scratch.cleanup());

const cohort = (studyCount: number) => ({
  cohortId: null,
  filter: '{"conditions":["Stenosis"]}',
  label: "Stenosis",
  catalogueVersion: 3,
  studyCount,
  sizeBytes: 1,
});

describe("CohortPrice", () => {
  test("shows each use's arithmetic and signed buy links", async () => {
    const { CohortPrice } = await import("./cohort-price");
    const html = renderToStaticMarkup(await CohortPrice({ cohort: cohort(1_500) }));
    expect(html).toContain("1,000 × €4.00");
    expect(html).toContain("500 × €2.50");
    expect(html).toContain("€5,250.00"); // research
    expect(html).toContain("€16,000.00"); // commercial: 1,000 x 12 + 500 x 8
    const links = [...html.matchAll(/href="(\/buy\?[^"]+)"/g)].map(
      (m) => new URL(m[1]!.replace(/&amp;/g, "&"), "http://x"),
    );
    expect(links.map((u) => u.searchParams.get("use"))).toEqual(["research", "commercial"]);
    expect(verifyCohort(links[0]!.searchParams.get("c")!, links[0]!.searchParams.get("s")!, SECRET)).toMatchObject({
      studyCount: 1_500,
      catalogueVersion: 3,
    });
  });

  test("above the self-serve limit it routes to a quote", async () => {
    const { CohortPrice } = await import("./cohort-price");
    const html = renderToStaticMarkup(await CohortPrice({ cohort: cohort(6_000) }));
    expect(html).not.toContain("/buy?");
    expect(html).toContain("sold by quote");
  });
});
