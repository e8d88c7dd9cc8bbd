// Account pages and the edges of signing in: profile, sign-out, sign-in rate limits and disabled accounts.
import { expect, test } from "./support/auth-fixture";
import { count, createUser, e2eDb, row, uniqueEmail } from "./support/auth-db";
import { callAction } from "./support/auth-actions";
import { SESSION_COOKIE } from "./support/auth-fixture";
import { hashSessionToken } from "../lib/auth/session-token";
import { firstLink, mailTo, waitForMail, waitForMailCount } from "./support/auth-mailbox";
import { queuedMailCount } from "./support/jobs-db";
import { spawnSync } from "node:child_process";
import { E2E_BASE_URL, E2E_ENV } from "./support/e2e-env";
import { randomIp } from "./enquiry-helpers";

const SIGN_IN = { file: "app/(auth)/actions.ts", name: "requestSignInAction", page: "/sign-in" };

/** Asks for a sign-in link for `email` and returns the link from the mail (the confirmation page's URL). */
async function signInLink(email: string): Promise<URL> {
  const r = await callAction({
    ...SIGN_IN,
    fields: { email, callbackUrl: "/account" },
    headers: { "x-forwarded-for": randomIp() },
  });
  expect(r.outcome).toBe("redirect");
  return new URL(firstLink((await waitForMail(email, /Sign in to/)).text, `${E2E_BASE_URL}/sign-in/verify`));
}
const sessionsOf = (userEmail: string) =>
  count(`SELECT count(*) AS n FROM "Session" s JOIN "User" u ON u.id = s.userId WHERE u.email = ?`, userEmail);

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
  expect(row(`SELECT id FROM "Session" WHERE userId = ?`, user.id)).toBeUndefined();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
});

test("sign-in links are rate limited per requester with a clear message, and nobody can lock a user out", async ({
  page,
}) => {
  const email = uniqueEmail("many-links");
  const attackerIp = randomIp();
  const outcomes = [];
  for (let i = 0; i < 6; i++) {
    const r = await callAction({
      ...SIGN_IN,
      fields: { email, callbackUrl: "/account" },
      headers: { "x-forwarded-for": attackerIp },
    });
    outcomes.push(r.outcome === "RATE_LIMITED" ? `limited: ${/Too many sign-in links/.test(r.body)}` : r.outcome);
  }
  expect(outcomes).toEqual(["redirect", "redirect", "redirect", "redirect", "redirect", "limited: true"]);
  await waitForMailCount(email, 5);

  // The owner, asking from their own address, still gets a link, and it replaces every older one.
  const ownLink = await callAction({
    ...SIGN_IN,
    fields: { email, callbackUrl: "/account" },
    headers: { "x-forwarded-for": randomIp() },
  });
  expect(ownLink.outcome).toBe("redirect");
  const mails = await waitForMailCount(email, 6);
  expect(count(`SELECT count(*) AS n FROM "VerificationToken" WHERE identifier = ?`, email)).toBe(1);
  const linkOf = (i: number) => firstLink(mails[i]!.text, `${E2E_BASE_URL}/sign-in/verify`);

  await page.goto(linkOf(4));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/sign-in\/error\?error=Verification/);
  await page.goto(linkOf(5));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/account`);
});

test("a refused sign-in request stores no token: the last link sent before it still works", async ({ page }) => {
  const email = uniqueEmail("refused");
  const ip = randomIp();
  for (let i = 0; i < 5; i++) {
    expect(
      (await callAction({ ...SIGN_IN, fields: { email, callbackUrl: "/account" }, headers: { "x-forwarded-for": ip } }))
        .outcome,
    ).toBe("redirect");
    // Each mail before the next request: mail jobs are sent by whichever process claims them (two instances and two
    // workers on the topology), so links asked for at once can arrive out of order, and only the newest one works.
    await waitForMailCount(email, i + 1);
  }
  const before = row<{ token: string }>(`SELECT token FROM "VerificationToken" WHERE identifier = ?`, email)?.token;
  expect(
    (await callAction({ ...SIGN_IN, fields: { email, callbackUrl: "/account" }, headers: { "x-forwarded-for": ip } }))
      .outcome,
  ).toBe("RATE_LIMITED");
  expect(row<{ token: string }>(`SELECT token FROM "VerificationToken" WHERE identifier = ?`, email)?.token).toBe(
    before,
  );
  const mails = await waitForMailCount(email, 5);
  await page.goto(firstLink(mails.at(-1)!.text, `${E2E_BASE_URL}/sign-in/verify`));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/account`);
});

test("a production server without SMTP refuses to start unless it is a demo", () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...E2E_ENV,
    PORT: String(Number(process.env.E2E_SECOND_PORT ?? 3101) + 2),
  };
  delete env.SMTP_URL;
  delete env.DEMO_MODE;
  const r = spawnSync(process.execPath, ["scripts/server.mjs"], { env, encoding: "utf8", timeout: 60_000 });
  expect(r.status).not.toBe(0);
  expect(r.status).not.toBeNull(); // it stopped by itself, it was not killed by the timeout
  expect(r.stderr + r.stdout).toContain("SMTP_URL: is required in production");
});

test("a disabled account is told the same as anyone but gets no link", async ({ page }) => {
  const user = createUser("CUSTOMER");
  e2eDb().prepare(`UPDATE "User" SET disabled = TRUE WHERE id = ?`).run(user.id);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(user.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // The action answers only after its mail job was stored: had a link been sent, its job would be in the queue now.
  expect(queuedMailCount(user.email)).toBe(0);
  expect(await mailTo(user.email)).toEqual([]);
  expect(count(`SELECT count(*) AS n FROM "VerificationToken" WHERE identifier = ?`, user.email)).toBe(0);
});

test("a used or forged sign-in link explains what to do", async ({ page }) => {
  await page.goto(`/api/auth/callback/email?token=${"0".repeat(64)}&email=nobody%40e2e.example&callbackUrl=%2Faccount`);
  await expect(page).toHaveURL(/\/sign-in\/verify\?/);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/sign-in\/error\?error=Verification/);
  await expect(page.locator("main").getByRole("alert")).toContainText("expired or has already been used");
});

test("login CSRF: opening someone's sign-in link from another site creates no session; only the confirmation does", async ({
  page,
}) => {
  const attacker = uniqueEmail("attacker");
  const link = await signInLink(attacker);
  const callback = `${E2E_BASE_URL}/api/auth/callback/email${link.search}`;

  // A cross-site page navigates the victim straight to the callback, or auto-submits a form to it.
  const direct = await fetch(callback, { redirect: "manual", headers: { "sec-fetch-site": "cross-site" } });
  expect(direct.status).toBe(303);
  expect(direct.headers.get("location")).toBe(`${E2E_BASE_URL}/sign-in/verify${link.search}`);
  expect(direct.headers.get("set-cookie") ?? "").not.toContain("session-token");
  const posted = await fetch(callback, {
    method: "POST",
    redirect: "manual",
    headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(posted.status).toBe(303);
  expect(posted.headers.get("set-cookie") ?? "").not.toContain("session-token");
  expect(sessionsOf(attacker)).toBe(0);

  // A browser that opens the callback lands on the confirmation page, which names the account; confirming signs in.
  await page.goto(callback);
  await expect(page).toHaveURL(`${E2E_BASE_URL}/sign-in/verify${link.search}`);
  await expect(page.getByText(`Continue to sign in as ${attacker}`)).toBeVisible();
  expect(sessionsOf(attacker)).toBe(0);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/account`);
  expect(sessionsOf(attacker)).toBe(1);

  // The database holds the session token's hash, never the cookie's value.
  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)!.value;
  const stored = row<{ sessionToken: string }>(
    `SELECT s.sessionToken FROM "Session" s JOIN "User" u ON u.id = s.userId WHERE u.email = ?`,
    attacker,
  )!;
  expect(stored.sessionToken).not.toBe(cookie);
  expect(stored.sessionToken).toBe(hashSessionToken(cookie));
});

test("next-auth's own email sign-in endpoint answers every request alike and keeps the app's rules", async () => {
  const post = async (email: string, origin = E2E_BASE_URL) => {
    const res = await fetch(`${E2E_BASE_URL}/api/auth/signin/email`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin, "x-forwarded-for": randomIp() },
      body: new URLSearchParams({ email, callbackUrl: `${E2E_BASE_URL}/account`, json: "false" }),
    });
    return `${res.status} ${res.headers.get("location")}`;
  };
  const disabled = createUser("CUSTOMER");
  e2eDb().prepare(`UPDATE "User" SET disabled = TRUE WHERE id = ?`).run(disabled.id);
  const known = createUser("CUSTOMER").email;
  const unknown = uniqueEmail("unknown");
  const tag = uniqueEmail("x").split("@")[0];
  const invalid = [`Name <${tag}@evil.example>`, `${tag}-a,${tag}-b@evil.example`];

  const answers = [
    await post(known),
    await post(unknown),
    await post(disabled.email),
    ...(await Promise.all(invalid.map((e) => post(e)))),
  ];
  expect(new Set(answers)).toEqual(new Set([`303 ${E2E_BASE_URL}/sign-in/check-email`]));

  // Links went to the valid, enabled addresses only; nothing was stored for the others.
  await waitForMail(known, /Sign in to/);
  await waitForMail(unknown, /Sign in to/);
  expect(queuedMailCount(disabled.email)).toBe(0);
  expect(await mailTo(disabled.email)).toEqual([]);
  expect(count(`SELECT count(*) AS n FROM "VerificationToken" WHERE identifier = ?`, disabled.email)).toBe(0);
  expect(count(`SELECT count(*) AS n FROM "VerificationToken" WHERE identifier LIKE ?`, `%${tag}%`)).toBe(0);
  expect(count(`SELECT count(*) AS n FROM "User" WHERE email LIKE ?`, `%${tag}%`)).toBe(0);

  // A cross-site post gets the same answer and sends nothing.
  const victim = uniqueEmail("cross-site");
  expect(await post(victim, "http://evil.example")).toBe(`303 ${E2E_BASE_URL}/sign-in/check-email`);
  expect(queuedMailCount(victim)).toBe(0);
  expect(await mailTo(victim)).toEqual([]);
});

test("sign-in refuses to redirect off-site", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2F");
  await expect(page.locator('input[name="callbackUrl"]')).toHaveValue("/signed-in");
});
