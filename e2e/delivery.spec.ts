// The customer portal on `next start`: a licence's studies (keyset pages, filter), a manifest whose links download
// the sample's real archive with its checksum, a synthetic study's clear 404, and a download token made and revoked
// in the page.
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createOrganization, seedSignedIn, signInContext } from "./support/auth-fixture";
import { latestLicence, sampleArchive } from "./support/delivery";

test("a customer lists, filters and pages the licence's studies, downloads a manifest and a study, and makes and revokes a token", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const user = seedSignedIn("CUSTOMER", { organization: createOrganization() });
  const licence = latestLicence(user.organizationId!);
  const sample = sampleArchive();
  const context = await browser.newContext();
  await signInContext(context, user);
  const page = await context.newPage();

  await page.goto(`/account/licences/${licence.id}`);
  const rows = page.getByTestId("licence-studies").locator("tbody tr");
  await expect(rows).toHaveCount(50);
  const firstUid = await rows.first().locator("td").first().textContent();
  await page.getByTestId("next-page").click();
  await expect(rows).toHaveCount(50);
  expect(await rows.first().locator("td").first().textContent()).not.toBe(firstUid);

  await page.getByLabel("Study Instance UID starts with").fill(sample.uid);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(sample.uid);

  // The manifest (the session mints a download token for its links) and the sample's link in it.
  const manifestHref = await page
    .getByTestId("manifest-links")
    .getByRole("link", { name: /aria2c/ })
    .getAttribute("href");
  const manifest = await page.request.get(manifestHref!);
  expect(manifest.status()).toBe(200);
  const text = await manifest.text();
  const at = text.indexOf(`/${sample.uid}.zip\n`);
  expect(at).toBeGreaterThan(0);
  const block = text.slice(text.lastIndexOf("\n", at) + 1, text.indexOf("\n", text.indexOf("checksum=", at)));
  const [url, , checksum] = block.split("\n");
  expect(checksum!.trim()).toBe(`checksum=sha-256=${sample.sha256}`);
  const anonymous = await browser.newContext();
  const zip = await anonymous.request.get(url!);
  expect(zip.status()).toBe(200);
  expect(
    createHash("sha256")
      .update(await zip.body())
      .digest("hex"),
  ).toBe(sample.sha256);
  // A synthetic catalogue study has no archive on this server: a clear 404, not a 500.
  const synthetic = text.split("\n").find((l) => l.startsWith("http") && !l.includes(sample.uid))!;
  const missing = await anonymous.request.get(synthetic);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toMatch(/Not in storage/);
  await anonymous.close();

  // A token made in the page, shown once, then revoked: its links stop at once.
  await page.getByLabel("Name").fill("lab server");
  await page.getByRole("button", { name: "Make a download token" }).click();
  const shown = page.getByText(/Your download token \(shown once/);
  await expect(shown).toBeVisible();
  const token = /(dl_[A-Za-z0-9_-]{43})/.exec((await shown.textContent())!)![1]!;
  const tokenUrl = `/api/delivery/licences/${licence.id}/t/${token}/${sample.uid}.zip`;
  expect((await page.request.head(tokenUrl)).status()).toBe(200);
  await page.reload();
  const row = page.getByTestId("licence-tokens").locator(`tr[data-token-prefix="${token.slice(0, 9)}"]`);
  await expect(row.getByTestId("token-state")).toHaveText("active");
  await row.getByRole("button", { name: "Revoke" }).click();
  // The page re-renders with the token revoked (its revoke form, and the form's message, go with it).
  await expect(row.getByTestId("token-state")).toHaveText("revoked");
  await page.reload();
  await expect(row.getByTestId("token-state")).toHaveText("revoked");
  expect((await page.request.head(tokenUrl)).status()).toBe(403);

  await page.goto("/account/downloads");
  await expect(page.getByTestId("download-history")).toContainText(licence.number);
  await context.close();
});
