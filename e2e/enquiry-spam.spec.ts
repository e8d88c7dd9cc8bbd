// Spam and abuse: honeypot, too-fast submissions, rate limits and oversized payloads are refused with a clear
// message and nothing is stored. Also: the form works without JavaScript and validates on the server.
import { expect, test } from "@playwright/test";
import { count, uniqueEmail } from "./support/auth-db";
import { callAction } from "./support/auth-actions";
import { ageFormToken, agedFormToken, fillEnquiry, randomIp } from "./enquiry-helpers";

const ACTION = { file: "app/(marketing)/enquire/actions.ts", name: "submitEnquiryAction", page: "/enquire" };
const stored = (email: string) => count(`SELECT count(*) AS n FROM "Enquiry" WHERE email = ?`, email);

function validFields(email: string, token: string): Record<string, string> {
  return {
    name: "Rate Tester",
    email,
    organization: "Limits Ltd",
    country: "DE",
    jobRole: "researcher",
    intendedUse: "research",
    timeline: "exploring",
    message: "",
    consent: "on",
    formToken: token,
    website: "",
  };
}

test.describe("enquiry spam protection", () => {
  test("a filled honeypot is refused and nothing is stored", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const page = await context.newPage();
    const email = uniqueEmail("honeypot");
    await page.goto("/enquire");
    await fillEnquiry(page, { email, organization: "Bots Inc" });
    await page.locator('input[name="website"]').evaluate((el: HTMLInputElement) => (el.value = "http://spam.example"));
    await ageFormToken(page); // so the honeypot alone refuses it
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("could not be sent");
    expect(stored(email)).toBe(0);
    await context.close();
  });

  test("a form sent faster than a person can fill it is refused, then accepted when resent", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
    const page = await context.newPage();
    const email = uniqueEmail("fast");
    await page.goto("/enquire");
    await fillEnquiry(page, { email, organization: "Speedy Scripts" });
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("quicker than a person");
    await expect(page.locator("form").getByRole("alert")).toBeFocused();
    expect(stored(email)).toBe(0);
    // A real person who was just quick sends the same form again once the minimum fill time has passed, and it goes
    // through: the refusal did not spend the form's token. (The e2e app's minimum is ten minutes, so the page's fresh
    // token above was too fast on any machine.)
    const token = await ageFormToken(page);
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.getByRole("heading", { name: /we received your enquiry/i })).toBeVisible();
    expect(stored(email)).toBe(1);
    await context.close();

    // That token is spent now: replaying it stores nothing.
    const replay = await callAction({
      ...ACTION,
      fields: validFields(uniqueEmail("replay"), token),
      headers: { "x-forwarded-for": randomIp() },
    });
    expect(replay.outcome).toBe("CONFLICT");
    expect(replay.body).toContain("already been sent");
  });

  test("a form token works once, even when the first use is still being stored", async () => {
    const token = agedFormToken();
    const emails = [uniqueEmail("once-a"), uniqueEmail("once-b"), uniqueEmail("once-c")];
    const outcomes = await Promise.all(
      emails.map((e) =>
        callAction({ ...ACTION, fields: validFields(e, token), headers: { "x-forwarded-for": randomIp() } }),
      ),
    );
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["CONFLICT", "CONFLICT", "redirect"]);
    expect(emails.map(stored).reduce((a, b) => a + b)).toBe(1);
  });

  test("per-email and per-IP limits refuse further enquiries with a clear message", async ({ browser }) => {
    const ip = randomIp();
    const email = uniqueEmail("limited");
    const send = (e: string, from = ip) =>
      callAction({ ...ACTION, fields: validFields(e, agedFormToken()), headers: { "x-forwarded-for": from } });

    // Per email: 3 an hour, whatever the address they come from.
    for (let i = 0; i < 3; i++) expect((await send(email, randomIp())).outcome).toBe("redirect");
    const refused = await send(email, randomIp());
    expect(refused.outcome).toBe("RATE_LIMITED");
    expect(refused.body).toContain("several enquiries in a short time");
    expect(stored(email)).toBe(3);

    // Per IP: 5 in ten minutes, whatever the addresses.
    const ipEmails = Array.from({ length: 6 }, () => uniqueEmail("ip"));
    const outcomes = [];
    for (const e of ipEmails) outcomes.push((await send(e)).outcome);
    expect(outcomes).toEqual(["redirect", "redirect", "redirect", "redirect", "redirect", "RATE_LIMITED"]);
    expect(stored(ipEmails[5]!)).toBe(0);

    // The browser shows the message next to the form.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
    const page = await context.newPage();
    await page.goto("/enquire");
    await fillEnquiry(page, { email: uniqueEmail("after-limit"), organization: "Limits Ltd" });
    await ageFormToken(page);
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("Please try again in");
    await context.close();
  });

  test("oversized and malformed submissions are refused without storing anything", async () => {
    const ip = randomIp();
    const token = agedFormToken();
    const email = uniqueEmail("big");
    const big = await callAction({
      ...ACTION,
      fields: { ...validFields(email, token), message: "x".repeat(40_000) },
      headers: { "x-forwarded-for": ip },
    });
    expect(big.outcome).toBe("PAYLOAD_TOO_LARGE");
    const long = await callAction({
      ...ACTION,
      fields: { ...validFields(email, token), message: "x".repeat(6_000) },
      headers: { "x-forwarded-for": ip },
    });
    expect(long.outcome).toBe("VALIDATION");
    expect(long.body).toContain("at most 5000 characters");
    const forged = await callAction({
      ...ACTION,
      fields: { ...validFields(email, `${Date.now() - 60_000}.forged`) },
      headers: { "x-forwarded-for": ip },
    });
    expect(forged.outcome).toBe("VALIDATION");
    expect(stored(email)).toBe(0);
  });
});

test.describe("enquiry form without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows the server's field errors, keeps the values, and sends a valid form", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": randomIp() });
    await page.goto("/enquire?conditions=unknown-condition&studies=abc");
    await page.getByLabel("Name", { exact: true }).fill("No Script");
    await page.getByLabel("Work email").fill("not-an-email");
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("correct the highlighted fields");
    await expect(page.getByLabel("Work email")).toHaveValue("not-an-email");
    await expect(page.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#email-error")).toContainText("valid email");
    await expect(page.locator("#consent-error")).toBeVisible();

    const email = uniqueEmail("nojs");
    await fillEnquiry(page, { email, organization: "Plain HTML Ltd" });
    await ageFormToken(page);
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.getByRole("heading", { name: /we received your enquiry/i })).toBeVisible();
    expect(stored(email)).toBe(1);
  });
});
