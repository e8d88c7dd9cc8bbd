// The licence page on a phone: nothing wider than the screen (tables scroll in their own box), and the manifest links
// and the download token form are reachable.
import { expect, test } from "@playwright/test";
import { createOrganization, seedSignedIn, signInContext } from "./support/auth-fixture";
import { latestLicence } from "./support/delivery";

test("the licence's delivery section fits a phone", async ({ browser }) => {
  const user = seedSignedIn("CUSTOMER", { organization: createOrganization() });
  const licence = latestLicence(user.organizationId!);
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  await signInContext(context, user);
  const page = await context.newPage();
  await page.goto(`/account/licences/${licence.id}`);
  await expect(page.getByTestId("licence-studies").locator("tbody tr")).toHaveCount(50);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByTestId("manifest-links").getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Make a download token" })).toBeVisible();
  await context.close();
});
