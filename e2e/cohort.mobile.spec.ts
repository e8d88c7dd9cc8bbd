import { expect, test } from "@playwright/test";

test("the cohort builder fits a phone screen and works by keyboard", async ({ page }) => {
  await page.goto("/cohort");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "horizontal overflow on /cohort").toBeLessThanOrEqual(0);
  const before = await page.getByTestId("cohort-count").textContent();
  const box = page.getByRole("checkbox", { name: "Spondylolisthesis" });
  await box.focus();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  await expect(page).toHaveURL(/condition=Spondylolisthesis/);
  await expect(page.getByTestId("cohort-count")).not.toHaveText(before ?? "");
  await page.goto("/dataset");
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    "horizontal overflow on /dataset",
  ).toBeLessThanOrEqual(0);
});
