import { expect, test } from "@playwright/test";

test("the landing and statistics pages fit a 360 px screen and the menu works by keyboard and touch", async ({
  page,
}) => {
  for (const p of ["/", "/statistics", "/dataset"]) {
    await page.goto(p);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${p}`).toBeLessThanOrEqual(0);
  }
  await page.goto("/");
  await page.getByText("Menu").tap();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Statistics" }).tap();
  await expect(page).toHaveURL(/\/statistics$/);
  // The menu closes after navigating, and opens again from the keyboard.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dataset" })).toBeHidden();
  await page.getByText("Menu").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dataset" })).toBeVisible();
});
