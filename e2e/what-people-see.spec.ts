// What buyers, customers and sales see (issue 14), checked the way people met the problems: nothing scrolls sideways
// at desktop or phone width whatever users type, one header on the desk's error pages, the enquiry form's focus,
// messages, counter and stable layout, the signed-in header and landing, and the buyer's own enquiry page.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import {
  addEnquiryEvent,
  createEnquiry,
  createOrganization,
  e2eDb,
  newId,
  row,
  sqlDate,
  uniqueReference,
} from "./support/auth-db";
import { seedSignedIn, signInContext } from "./support/auth-fixture";

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

// 3,000 characters with no space, the string that blew the desk up to 2,900 px.
const UNBROKEN = `Unbroken${"x".repeat(2_992)}`;

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("no page scrolls sideways at 1280x900 or 390x844, even with a 3,000-character unbroken string", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = seedSignedIn("ADMIN");
  const customer = seedSignedIn("CUSTOMER", {
    organization: createOrganization(`${UNBROKEN.slice(0, 190)}${Date.now()}`),
  });
  const reference = uniqueReference();
  const id = createEnquiry({
    name: UNBROKEN,
    organization: UNBROKEN,
    message: `${UNBROKEN}\n${UNBROKEN}`,
    email: customer.email,
    reference,
  });
  addEnquiryEvent(id, { type: "note", body: UNBROKEN, actorId: admin.id });
  addEnquiryEvent(id, {
    type: "email",
    body: UNBROKEN,
    data: { to: customer.email, subject: UNBROKEN.slice(0, 200), reply: true },
    actorId: admin.id,
  });
  addEnquiryEvent(id, { type: "buyer-reply", body: UNBROKEN, actorId: customer.id });
  e2eDb()
    .prepare(
      `INSERT INTO "AuditEvent" (id, actorEmail, action, targetType, targetId, details, ip, createdAt) VALUES (?, ?, 'enquiry.note_added', 'enquiry', ?, ?, '::1', ?)`,
    )
    .run(newId(), admin.email, id, JSON.stringify({ note: UNBROKEN }), sqlDate(new Date()));
  e2eDb()
    .prepare(
      `INSERT INTO "MailMessage" (id, "to", "from", subject, text, createdAt) VALUES (?, ?, 'data@localhost', ?, ?, ?)`,
    )
    .run(newId(), `${UNBROKEN.slice(0, 200)}@e2e.example`, UNBROKEN.slice(0, 300), UNBROKEN, sqlDate(new Date()));

  const publicPaths = [
    "/",
    "/statistics",
    "/preview",
    "/pricing",
    "/enquire",
    "/legal/terms",
    "/legal/privacy",
    "/legal/imprint",
    "/contact",
    "/no-such-page",
  ];
  const staffPaths = [
    "/desk",
    `/desk/enquiries/${id}`,
    "/desk/enquiries/no-such-enquiry",
    "/desk/admin/audit",
    "/desk/admin/mailbox",
    "/desk/admin/users",
    "/desk/admin/organizations",
    "/account",
  ];
  const buyerPaths = ["/account", "/account/enquiries", `/account/enquiries/${reference}`];
  for (const viewport of VIEWPORTS) {
    for (const [who, paths] of [
      [null, publicPaths],
      [admin, staffPaths],
      [customer, buyerPaths],
    ] as const) {
      const context = await browser.newContext({ viewport });
      if (who) await signInContext(context, who);
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator("h1").first()).toBeVisible();
        expect(await sidewaysOverflow(page), `${path} at ${viewport.width}x${viewport.height}`).toBeLessThanOrEqual(0);
      }
      await context.close();
    }
  }
});

test("on a phone the enquiry's status and assignment come before its timeline", async ({ browser }) => {
  const sales = seedSignedIn("SALES");
  const id = createEnquiry();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signInContext(context, sales);
  const page = await context.newPage();
  await page.goto(`/desk/enquiries/${id}`);
  const status = await page.getByLabel("Status", { exact: true }).boundingBox();
  const timeline = await page.getByRole("heading", { name: "Timeline" }).boundingBox();
  expect(status!.y).toBeLessThan(timeline!.y);
  // The admin tabs wrap rather than hide: every tab is on screen.
  await context.close();
  const admin = seedSignedIn("ADMIN");
  const adminContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signInContext(adminContext, admin);
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/desk/admin/audit");
  await expect(adminPage.getByRole("link", { name: "Admin", exact: true })).toBeVisible();
  for (const tab of await adminPage.getByRole("navigation", { name: "Desk" }).getByRole("link").all()) {
    const box = (await tab.boundingBox())!;
    expect(box.x + box.width, await tab.innerText()).toBeLessThanOrEqual(390);
  }
  await adminContext.close();
});

test("the desk's 403 and 404 pages show one header", async ({ browser }) => {
  for (const [role, path] of [
    ["CUSTOMER", "/desk"],
    ["SALES", "/desk/admin/users"],
    ["SALES", "/desk/enquiries/no-such-enquiry"],
  ] as const) {
    const context = await browser.newContext();
    await signInContext(context, seedSignedIn(role));
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator("h1")).toHaveText(/do not have access|does not exist/);
    await expect(page.locator("header"), `${role} on ${path}`).toHaveCount(1);
    await context.close();
  }
});

test.describe("the enquiry form", () => {
  test("focuses the first invalid field in order, names it in plain words and counts the message", async ({ page }) => {
    await page.goto("/enquire");
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
    await expect(page.getByText("Enter your name")).toBeVisible();
    await expect(page.getByText("Enter your work email")).toBeVisible();
    await expect(page.getByText("Enter your organisation")).toBeVisible();

    await page.getByLabel("Name", { exact: true }).fill("Grace Hopper");
    await page.getByLabel("Organisation").fill("Hopper Imaging");
    await page.getByRole("button", { name: "Send enquiry" }).click();
    await expect(page.getByLabel("Work email")).toBeFocused();

    await page.getByLabel("Message").fill("x".repeat(5_003));
    await expect(page.getByTestId("message-count")).toHaveText("5,003");
    await expect(page.locator("#message-count")).toContainText("3 over the limit");
    await page.getByLabel("Message").fill("Hello");
    await expect(page.getByTestId("message-count")).toHaveText("5");
  });

  test("an error appearing never moves the consent box out from under a click", async ({ page }) => {
    await page.goto("/enquire");
    // Leave fields invalid on the way down, as people do, then click the consent box straight from an invalid
    // field: the click itself takes the focus away from it (validation on blur used to insert an error above the
    // box between mouse down and mouse up).
    await page.getByLabel("Name", { exact: true }).fill("G");
    await page.getByLabel("Number of studies").fill("2.5");
    const consent = page.getByLabel(/I agree to be contacted/);
    await consent.scrollIntoViewIfNeeded();
    await expect(page.getByLabel("Number of studies")).toBeFocused();
    const before = (await consent.boundingBox())!;
    await page.mouse.click(before.x + before.width / 2, before.y + before.height / 2);
    await expect(consent).toBeChecked();
    const after = (await consent.boundingBox())!;
    expect(after.y).toBe(before.y);
  });

  test("is prefilled for a signed-in customer, whose header shows their account", async ({ page, context }) => {
    const org = createOrganization(`Prefill Org ${Date.now()}`);
    const customer = seedSignedIn("CUSTOMER", { organization: org });
    e2eDb().prepare(`UPDATE "User" SET name = 'Prefilled Person' WHERE id = ?`).run(customer.id);
    await signInContext(context, customer);
    await page.goto("/enquire");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Prefilled Person");
    await expect(page.getByLabel("Work email")).toHaveValue(customer.email);
    await expect(page.getByLabel("Organisation")).toHaveValue(org.name);
    await expect(page.getByRole("navigation", { name: "Main" }).first().getByTestId("header-account")).toHaveText(
      /Your account/,
    );
  });
});

test("after sign-in each role lands where it works, and the header says who is signed in", async ({ browser }) => {
  for (const [role, home, label] of [
    ["CUSTOMER", "/account", "Your account"],
    ["SALES", "/desk", "Sales desk"],
    ["ADMIN", "/desk", "Sales desk"],
  ] as const) {
    const context = await browser.newContext();
    await signInContext(context, seedSignedIn(role));
    const page = await context.newPage();
    await page.goto("/signed-in");
    await expect(page).toHaveURL(new RegExp(`${home}$`));
    await page.goto("/statistics");
    await expect(page.getByRole("navigation", { name: "Main" }).first().getByTestId("header-account")).toHaveText(
      new RegExp(label),
    );
    await context.close();
  }
  // Signing out is a client-side navigation: the header follows it.
  const leaving = await browser.newContext();
  await signInContext(leaving, seedSignedIn("CUSTOMER"));
  const page = await leaving.newPage();
  await page.goto("/sign-out");
  await expect(page.getByRole("navigation", { name: "Main" }).first().getByTestId("header-account")).toBeVisible();
  await page.locator("main").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "You are signed out" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
  await leaving.close();

  const anonymous = await browser.newPage();
  await anonymous.goto("/statistics");
  await expect(
    anonymous.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
  await anonymous.close();
});

test("a buyer follows their enquiry, reads sales' reply and answers; the answer reaches the desk", async ({
  browser,
}) => {
  const customer = seedSignedIn("CUSTOMER");
  const sales = seedSignedIn("SALES");
  const reference = uniqueReference();
  const id = createEnquiry({ email: customer.email, reference, message: "Need 500 studies" });
  addEnquiryEvent(id, { type: "note", body: "Internal: budget is tight", actorId: sales.id });
  addEnquiryEvent(id, {
    type: "email",
    body: "Here is our offer for 500 studies.",
    data: { to: customer.email, subject: "Your quote", reply: true },
    actorId: sales.id,
  });

  const buyer = await browser.newContext();
  await signInContext(buyer, customer);
  const page = await buyer.newPage();
  await page.goto("/account/enquiries");
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { name: `Enquiry ${reference}` })).toBeVisible();
  await expect(page.getByTestId("buyer-status")).toHaveText("Received");
  await expect(page.getByText("Here is our offer for 500 studies.")).toBeVisible();
  await expect(page.getByText("Internal: budget is tight")).toHaveCount(0);
  await page.getByLabel("Your reply").fill("Thanks - can you include the reports?");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reply sent" })).toBeVisible();
  expect(
    row<{ n: number }>(
      `SELECT count(*) AS n FROM "EnquiryEvent" WHERE enquiryId = ? AND type = 'buyer-reply' AND actorId = ?`,
      id,
      customer.id,
    )!.n,
  ).toBe(1);
  await buyer.close();

  const desk = await browser.newContext();
  await signInContext(desk, sales);
  const deskPage = await desk.newPage();
  await deskPage.goto(`/desk/enquiries/${id}`);
  const timeline = deskPage.locator("ol").filter({ hasText: "The buyer replied" });
  await expect(timeline).toContainText("Thanks - can you include the reports?");

  // Sales answers with the quote attached; the buyer downloads it from their enquiry page.
  await deskPage.getByLabel("Message", { exact: true }).fill("The quote, with reports included.");
  await deskPage
    .locator("#reply-attachments")
    .setInputFiles({ name: "quote.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 the quote") });
  await deskPage.getByRole("button", { name: "Send reply" }).click();
  await expect(deskPage.getByRole("status").filter({ hasText: "Reply sent with its attachments." })).toBeVisible();
  await deskPage.getByLabel("Message", { exact: true }).fill("Second try.");
  await deskPage
    .locator("#reply-attachments")
    .setInputFiles({ name: "quote.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ not a pdf") });
  await deskPage.getByRole("button", { name: "Send reply" }).click();
  await expect(deskPage.getByText("quote.pdf is not a real .pdf file")).toBeVisible();
  await desk.close();

  const again = await browser.newContext();
  await signInContext(again, customer);
  const buyerPage = await again.newPage();
  await buyerPage.goto(`/account/enquiries/${reference}`);
  const download = buyerPage.waitForEvent("download");
  await buyerPage.getByRole("link", { name: "quote.pdf" }).click();
  const file = await download;
  expect(fs.readFileSync((await file.path())!, "utf8")).toBe("%PDF-1.4 the quote");
  await again.close();
});

test("sitemap, robots and canonical URLs use the APP_URL the server runs with", async ({ page, request }) => {
  // The e2e server runs with APP_URL on its own port; a build-time value would be http://localhost:3000.
  const base = new URL((await request.get("/")).url()).origin;
  expect(await (await request.get("/sitemap.xml")).text()).toContain(`${base}/statistics</loc>`);
  expect(await (await request.get("/robots.txt")).text()).toContain(`Sitemap: ${base}/sitemap.xml`);
  for (const path of ["/pricing", "/statistics", "/legal/imprint"]) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${base}${path}`);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      new RegExp(`^${base}/opengraph-image`),
    );
  }
});

test("the vendor is named in the footer, with contact, imprint, terms and privacy pages", async ({ page }) => {
  await page.goto("/pricing");
  await expect(page.getByTestId("footer-vendor")).toContainText("(example)");
  for (const [link, heading] of [
    ["Contact", "Contact"],
    ["Imprint", "Imprint"],
    ["Terms of use", "Terms of use"],
    ["Privacy", "Privacy notice"],
  ] as const) {
    await page.getByRole("navigation", { name: "Footer" }).getByRole("link", { name: link, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText(/Example values/)).toBeVisible();
  }
});

test("the statistics say what a count means and where the figures come from, once", async ({ page }) => {
  await page.goto("/statistics");
  await expect(page.getByRole("heading", { name: "What a count means" })).toBeVisible();
  await expect(page.getByTestId("stats-source")).toContainText("Illustrative figures");
  // The footer makes no competing claim about the figures' origin.
  await expect(page.locator("footer")).not.toContainText("vendor's statistics file");
  await expect(page.getByRole("link", { name: "Request a quote" }).first()).toHaveAttribute(
    "href",
    "/enquire?from=/statistics",
  );
  await page.goto("/preview");
  await expect(page.getByTestId("synthetic-notice")).toContainText("synthetic");
  await expect(page.getByRole("link", { name: "Request a quote" }).first()).toBeVisible();
});
