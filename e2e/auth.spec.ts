// Account pages and the edges of signing in: profile, sign-out, sign-in rate limits and disabled accounts.
import { expect, test } from "./support/auth-fixture";
import { createUser, e2eDb, row, uniqueEmail } from "./support/auth-db";
import { callAction } from "./support/auth-actions";
import { mailTo } from "./support/auth-mailbox";
import { randomIp } from "./enquiry-helpers";

const SIGN_IN = { file: "app/(auth)/actions.ts", name: "requestSignInAction", page: "/sign-in" };

test("a customer edits their profile and signs out, which ends the session", async ({ page, signIn }) => {
  const user = await signIn("CUSTOMER");
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await page.getByLabel("Your name").fill("Casey Customer");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect(row<{ name: string }>(`SELECT name FROM "User" WHERE id = ?`, user.id)?.name).toBe("Casey Customer");

  await page.getByRole("link", { name: "Sign out" }).first().click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You are signed out" })).toBeVisible();
  expect(row(`SELECT id FROM "Session" WHERE sessionToken = ?`, user.sessionToken)).toBeUndefined();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
});

test("sign-in links are rate limited per address with a clear message", async () => {
  const email = uniqueEmail("many-links");
  const outcomes = [];
  for (let i = 0; i < 6; i++) {
    const r = await callAction({ ...SIGN_IN, fields: { email, callbackUrl: "/account" }, headers: { "x-forwarded-for": randomIp() } });
    outcomes.push(r.outcome === "RATE_LIMITED" ? `limited: ${/Too many sign-in links/.test(r.body)}` : r.outcome);
  }
  expect(outcomes).toEqual(["redirect", "redirect", "redirect", "redirect", "redirect", "limited: true"]);
  await expect.poll(async () => (await mailTo(email)).length).toBe(5);
});

test("a disabled account is told the same as anyone but gets no link", async ({ page }) => {
  const user = createUser("CUSTOMER");
  e2eDb().prepare(`UPDATE "User" SET disabled = 1 WHERE id = ?`).run(user.id);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(user.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // The action answers only after its mail was handed over, and the sink stores a message before acknowledging it:
  // had a link been sent, it would be in the sink now.
  expect(await mailTo(user.email)).toEqual([]);
});

test("a used or forged sign-in link explains what to do", async ({ page }) => {
  await page.goto(`/api/auth/callback/email?token=${"0".repeat(64)}&email=nobody%40e2e.example&callbackUrl=%2Faccount`);
  await expect(page).toHaveURL(/\/sign-in\/error\?error=Verification/);
  await expect(page.locator("main").getByRole("alert")).toContainText("expired or has already been used");
});

test("sign-in refuses to redirect off-site", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await expect(page.locator('input[name="callbackUrl"]')).toHaveValue("/account");
});
