import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parseConditionsCsv } from "../lib/dataset/csv";
import { EXAMPLE_STATS_PATH } from "../lib/dataset/example";
import { runCli } from "./support/run-cli";

const example = parseConditionsCsv(fs.readFileSync(path.resolve(__dirname, "..", EXAMPLE_STATS_PATH)));
const fmt = (n: number) => new Intl.NumberFormat("en-US").format(n);
const num = (s: string | null) => Number((s ?? "").replace(/[^\d]/g, ""));

/** The table as the page shows it: condition -> method -> studies. */
async function readTable(page: Page) {
  const methods = (await page.locator("[data-testid=stats-table] thead th").allInnerTexts())
    .slice(1, -1)
    .map((t) => t.replace(/[▲▼↕]|, sort.*$/gm, "").trim());
  const out = new Map<string, Map<string, number>>();
  for (const row of await page.locator("[data-testid=stats-table] tbody tr").all()) {
    const condition = (await row.locator("th").innerText()).trim();
    const cells = await row.locator("td[data-method]").allInnerTexts();
    out.set(condition, new Map(cells.map((c, i) => [methods[i]!, num(c)])));
  }
  return out;
}

test("the landing page shows the figures of the imported CSV", async ({ page }) => {
  const res = await page.goto("/");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2.4 million studies");
  await expect(page.getByTestId("total-studies")).toHaveText(fmt(example.totalStudies));
  const byCondition = new Map<string, number>();
  for (const r of example.rows) byCondition.set(r.condition, (byCondition.get(r.condition) ?? 0) + r.studies);
  const chart = page.locator("[data-chart=by-condition] li");
  await expect(chart).toHaveCount(byCondition.size);
  for (const [condition, studies] of byCondition) {
    await expect(chart.filter({ hasText: condition }).locator("[data-value]")).toHaveText(fmt(studies));
  }
  await expect(page.getByTestId("stats-source")).toContainText("Illustrative figures");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd["@type"]).toBe("Dataset");
  await expect(page.getByRole("link", { name: "Preview a sample study" })).toHaveAttribute("href", "/preview");
});

test("the statistics table sorts by name and by count", async ({ page }) => {
  await page.goto("/statistics");
  const conditions = () => page.locator("[data-testid=stats-table] tbody th").allInnerTexts();
  await page.getByRole("link", { name: /^Condition/ }).click();
  await expect(page.getByRole("columnheader", { name: /Condition/ })).toHaveAttribute("aria-sort", "ascending");
  const asc = await conditions();
  expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b, "en")));
  await page.getByRole("link", { name: /^Condition/ }).click();
  await expect(page.getByRole("columnheader", { name: /Condition/ })).toHaveAttribute("aria-sort", "descending");
  expect(await conditions()).toEqual([...asc].reverse());
  await page.getByRole("link", { name: /^Total/ }).click();
  // The second click must land on the page the first one opened, not race it on the old one.
  await expect(page.getByRole("columnheader", { name: /Total/ })).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("link", { name: /^Total/ }).click();
  await expect(page.getByRole("columnheader", { name: /Total/ })).toHaveAttribute("aria-sort", "ascending");
  const totals = (await page.locator("[data-testid=stats-table] tbody td[data-total]").allInnerTexts()).map(num);
  expect(totals).toEqual([...totals].sort((a, b) => a - b));
  await expect(page.getByTestId("grand-total")).toHaveText(fmt(totals.reduce((s, n) => s + n, 0)));
});

test("the downloaded CSV holds exactly the figures the page shows", async ({ page }) => {
  await page.goto("/statistics");
  const shown = await readTable(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  const file = await download.path();
  const parsed = parseConditionsCsv(fs.readFileSync(file));
  expect(parsed.format).toBe("long");
  const nonZeroCells = [...shown.values()].flatMap((m) => [...m.values()]).filter((v) => v > 0).length;
  expect(parsed.rows.length).toBe(nonZeroCells);
  for (const r of parsed.rows) expect(shown.get(r.condition)?.get(r.method)).toBe(r.studies);
  expect(parsed.totalStudies).toBe(num(await page.getByTestId("grand-total").innerText()));
});

test("a bad CSV import is refused with line and column and leaves the figures in place; a good one replaces them", async ({
  page,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stats-e2e-"));
  const bad = path.join(dir, "bad.csv");
  fs.writeFileSync(bad, "condition,method,studies\nDisc herniation,MRI 1.5T,12\nStenosis,MRI 1.5T,lots\n");
  const refused = runCli("scripts/stats-import.ts", [bad]);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain("bad.csv:3:3:");

  await page.goto("/");
  await expect(page.getByTestId("total-studies")).toHaveText(fmt(example.totalStudies));

  const good = path.join(dir, "good.csv");
  fs.writeFileSync(good, "Condition;Method;Studies\nDisc herniation;MRI 1.5T;1.000\nStenosis;MRI 3T;234\n");
  try {
    expect(runCli("scripts/stats-import.ts", [good]).status).toBe(0);
    await page.goto("/statistics");
    await expect(page.getByTestId("total-studies")).toHaveText("1,234");
    await expect(page.getByTestId("stats-source")).not.toContainText("Illustrative");
  } finally {
    expect(runCli("scripts/stats-import.ts", [EXAMPLE_STATS_PATH]).status).toBe(0);
  }
});

test("search engines get a sitemap, robots rules and a 404 for unknown pages", async ({ page, request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/statistics</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/desk/);
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});
