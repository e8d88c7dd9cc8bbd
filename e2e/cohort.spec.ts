// The cohort builder end to end: without JavaScript (GET form, URL is the state), with JavaScript (live count, no
// reload), a shared link, bad URL values, and "Request this cohort" through the enquiry form to the desk.
import { expect, test } from "@playwright/test";
import { ageFormToken, fillEnquiry, randomIp } from "./enquiry-helpers";
import { row, uniqueEmail } from "./support/auth-db";
import { seedSignedIn, signInContext } from "./support/auth-fixture";
import { E2E_BASE_URL } from "./support/e2e-env";

const countOf = async (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

async function apiCount(query: string): Promise<number> {
  const res = await fetch(`${E2E_BASE_URL}/api/cohort/count?${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { studies: number }).studies;
}

test("without JavaScript: the form narrows the cohort, the URL carries it and a shared link shows the same", async ({
  browser,
}) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto("/cohort");
  const all = await countOf(await page.getByTestId("cohort-count").textContent());
  expect(all).toBeGreaterThan(1000);
  await expect(page.locator("[data-chart=by-condition] li").first()).toBeVisible();

  await page.getByRole("checkbox", { name: "Disc herniation" }).check();
  await page.getByRole("checkbox", { name: "Spinal stenosis" }).check();
  await page.getByRole("radio", { name: "all of them" }).check();
  await page.getByLabel("From", { exact: true }).selectOption("30");
  await page.getByLabel("To", { exact: true }).selectOption("59");
  await page.getByRole("button", { name: "Update count" }).click();
  await expect(page).toHaveURL(/condition=Disc\+herniation&condition=Spinal\+stenosis&match=all.*ageMin=30&ageMax=59/);
  const narrowed = await countOf(await page.getByTestId("cohort-count").textContent());
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  expect(narrowed).toBe(
    await apiCount("condition=Disc+herniation&condition=Spinal+stenosis&match=all&ageMin=30&ageMax=59"),
  );
  await expect(page.getByTestId("cohort-summary")).toContainText(
    "Conditions (all of): Disc herniation, Spinal stenosis",
  );

  // "any of" is wider than "all of".
  const anyUrl = page.url().replace("match=all", "match=any");
  const shared = await ctx.newPage();
  await shared.goto(page.url());
  expect(await countOf(await shared.getByTestId("cohort-count").textContent())).toBe(narrowed);
  await shared.goto(anyUrl);
  expect(await countOf(await shared.getByTestId("cohort-count").textContent())).toBeGreaterThan(narrowed);
  await ctx.close();
});

test("with JavaScript: the count follows the filters without a page load", async ({ page }) => {
  await page.goto("/cohort");
  const all = await countOf(await page.getByTestId("cohort-count").textContent());
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
  await page.getByRole("checkbox", { name: "Scoliosis" }).check();
  await page.getByRole("checkbox", { name: "Female" }).check();
  await expect(page).toHaveURL(/condition=Scoliosis.*sex=F/);
  await expect
    .poll(async () => countOf(await page.getByTestId("cohort-count").textContent()))
    .toBe(await apiCount("condition=Scoliosis&sex=F"));
  expect(await countOf(await page.getByTestId("cohort-count").textContent())).toBeLessThan(all);
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  await expect(page.getByTestId("cohort-summary")).toContainText("Sex: F");
});

test("bad filter values in the URL get a clear message, never a 500", async ({ page }) => {
  const res = await page.goto("/cohort?ageMin=abc&sex=Z&condition=Unicorn");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("ageMin");
  await expect(page.getByRole("main").getByRole("alert")).toContainText('"abc" is not a number');
  const unknown = await page.goto("/cohort?condition=Unicorn");
  expect(unknown?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toContainText('no condition "Unicorn" in the catalogue');
  const api = await fetch(`${E2E_BASE_URL}/api/cohort/count?ageMax=61`);
  expect(api.status).toBe(400);
  expect(JSON.stringify(await api.json())).toContain("5-year band");
});

test("request this cohort: the enquiry carries it and the desk shows it with its count", async ({ browser }) => {
  test.setTimeout(90_000);
  const buyer = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const page = await buyer.newPage();
  await page.goto("/cohort?condition=Disc+herniation&method=MRI+3T");
  const count = await countOf(await page.getByTestId("cohort-count").textContent());
  expect(count).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Request this cohort" }).click();
  await expect(page).toHaveURL(/\/enquire\?cohort=/);
  await expect(page.getByTestId("cohort-box-count")).toHaveText(count.toLocaleString("en-US"));
  await expect(page.getByTestId("cohort-box")).toContainText("Method: MRI 3T");
  const email = uniqueEmail("cohort-buyer");
  await fillEnquiry(page, { email, organization: `Cohort Labs ${Date.now()}` });
  await ageFormToken(page);
  await page.getByRole("button", { name: "Send enquiry" }).click();
  await expect(page.getByRole("heading", { name: /we received your enquiry/i })).toBeVisible();
  await buyer.close();

  const stored = row<{ id: string; cohortId: string | null }>(
    `SELECT id, cohortId FROM "Enquiry" WHERE email = ?`,
    email,
  )!;
  expect(stored.cohortId).toBeTruthy();
  const cohort = row<{ studies: number; version: number }>(
    `SELECT studies, version FROM "Cohort" WHERE id = ?`,
    stored.cohortId,
  )!;
  expect(cohort.studies).toBe(count);

  const sales = await browser.newContext();
  await signInContext(sales, seedSignedIn("SALES"));
  const desk = await sales.newPage();
  await desk.goto(`/desk/enquiries/${stored.id}`);
  await expect(desk.getByRole("heading", { name: "Requested cohort" })).toBeVisible();
  await expect(desk.getByTestId("cohort-box-count")).toHaveText(count.toLocaleString("en-US"));
  await expect(desk.getByTestId("cohort-box")).toContainText(`Catalogue version ${cohort.version}`);
  await sales.close();
});

test("admins see the statistics CSV reconciled with the catalogue", async ({ browser }) => {
  const ctx = await browser.newContext();
  await signInContext(ctx, seedSignedIn("ADMIN"));
  const page = await ctx.newPage();
  await page.goto("/desk/admin/catalogue");
  await expect(page.getByRole("heading", { name: "Catalogue reconciliation" })).toBeVisible();
  await expect(page.getByRole("table").first()).toContainText("Disc herniation");
  await ctx.close();
});

test("the data card is generated from the catalogue", async ({ page }) => {
  await page.goto("/dataset");
  await expect(page.getByRole("heading", { name: "Label schema" })).toBeVisible();
  await expect(page.getByTestId("card-studies")).not.toHaveText("0");
  await expect(page.getByTestId("change-log")).toContainText("synthetic catalogue");
  await expect(page.getByRole("main").getByRole("link", { name: "Request a quote" })).toBeVisible();
});
