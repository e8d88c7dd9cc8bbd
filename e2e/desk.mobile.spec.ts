// The enquiry form, sign-in and the desk at 360 px: nothing scrolls sideways.
import { expect, test } from "@playwright/test";
import { seedSignedIn, signInContext } from "./support/auth-fixture";
import { createEnquiry } from "./support/auth-db";

const noSidewaysScroll = async (page: import("@playwright/test").Page) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);

test("enquiry form and sign-in fit a 360 px screen", async ({ page }) => {
  for (const path of ["/enquire", "/sign-in"]) {
    await page.goto(path);
    await noSidewaysScroll(page);
  }
});

test("the desk fits a 360 px screen", async ({ page, context }) => {
  const admin = seedSignedIn("ADMIN");
  await signInContext(context, admin);
  const id = createEnquiry({ organization: "A rather long organisation name for narrow screens GmbH" });
  for (const path of ["/desk", `/desk/enquiries/${id}`, "/desk/admin/users", "/desk/admin/audit", "/account"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await noSidewaysScroll(page);
  }
});
