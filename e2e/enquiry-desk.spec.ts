// The whole enquiry journey with real mail: a buyer sends an enquiry, a sales user signs in with the magic link that
// reached the SMTP sink, and works the enquiry on the desk; the buyer ends up with both emails.
import { expect, test } from "@playwright/test";
import { ageFormToken, fillEnquiry, randomIp } from "./enquiry-helpers";
import { createUser, row, uniqueEmail } from "./support/auth-db";
import { firstLink, waitForMail, waitForMailCount } from "./support/auth-mailbox";
import { E2E_BASE_URL } from "./support/e2e-env";

test("a buyer's enquiry is worked on the desk by a sales user who signed in by email", async ({ browser }) => {
  test.setTimeout(90_000);
  const buyerEmail = uniqueEmail("buyer");
  const organization = `Hopper Imaging ${Date.now()}`;

  // The buyer.
  const buyer = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const page = await buyer.newPage();
  await page.goto("/enquire?use=commercial&from=/pricing");
  await expect(page.getByRole("heading", { name: "Request a quote" })).toBeVisible();
  await fillEnquiry(page, { email: buyerEmail, organization });
  await ageFormToken(page); // as if the buyer had taken their time over it
  await page.getByRole("button", { name: "Send enquiry" }).click();
  await expect(page.getByRole("heading", { name: /we received your enquiry/i })).toBeVisible();
  const confirmation = await waitForMail(buyerEmail, /We received your enquiry/);
  expect(confirmation.text).toContain(organization);
  await waitForMail("sales@localhost", new RegExp(organization));
  await buyer.close();

  // The sales user: opening the desk asks them to sign in; the link arrives by email.
  const salesEmail = createUser("SALES", { name: "Sam Sales" }).email;
  const sales = await browser.newContext();
  const desk = await sales.newPage();
  await desk.goto("/desk");
  await expect(desk).toHaveURL(/\/sign-in\?callbackUrl=%2Fdesk/);
  await desk.getByLabel("Email address").fill(salesEmail);
  await desk.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(desk.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const signInMail = await waitForMail(salesEmail, /Sign in to/);
  await desk.goto(firstLink(signInMail.text, `${E2E_BASE_URL}/sign-in/verify`));
  await desk.getByRole("button", { name: "Continue" }).click();
  await expect(desk).toHaveURL(`${E2E_BASE_URL}/desk`);

  // Find the enquiry.
  await desk.getByText("Search and filters").click();
  await desk.getByLabel("Search", { exact: true }).fill(organization.toUpperCase());
  await desk.getByRole("button", { name: "Apply" }).click();
  await expect(desk.getByText("1 enquiry matches")).toBeVisible();
  await desk.getByRole("link", { name: new RegExp(organization) }).click();
  await expect(desk.getByRole("heading", { name: "Grace Hopper" })).toBeVisible();
  await expect(desk.getByText("Came from")).toBeVisible();

  // Assign, note, reply, move to contacted.
  await desk.getByLabel("Assigned to").selectOption({ label: `Sam Sales (${salesEmail})` });
  await desk.getByRole("button", { name: "Assign" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "Assigned." })).toBeVisible();

  await desk.getByLabel("Internal note").fill("Budget confirmed on the phone.");
  await desk.getByRole("button", { name: "Add note" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "Note added." })).toBeVisible();

  await desk.getByLabel("Subject", { exact: true }).fill("Your quote for the lumbar spine MRI dataset");
  await desk.getByLabel("Message", { exact: true }).fill("Dear Grace,\nthank you - a quote for 2,500 studies follows.");
  await desk.getByLabel("Mark the enquiry as contacted").uncheck();
  await desk.getByRole("button", { name: "Send reply" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "Reply sent." })).toBeVisible();

  await desk.getByLabel("Status", { exact: true }).selectOption("CONTACTED");
  await desk.getByRole("button", { name: "Update" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "Status changed to Contacted." })).toBeVisible();

  await desk.reload();
  const timeline = desk.locator("ol").filter({ hasText: "Submitted from /pricing" });
  await expect(timeline).toContainText("Assigned to Sam Sales");
  await expect(timeline).toContainText("Budget confirmed on the phone.");
  await expect(timeline).toContainText(`Email sent to ${buyerEmail}: Your quote for the lumbar spine MRI dataset`);
  await expect(timeline).toContainText("Status: New -> Contacted");
  await expect(timeline).toContainText("Confirmation sent to the buyer");

  // The buyer has both emails.
  const reply = await waitForMail(buyerEmail, /Your quote for the lumbar spine MRI dataset/);
  expect(reply.text).toContain("a quote for 2,500 studies follows");
  expect(reply.replyTo).toContain(salesEmail);
  expect((await waitForMailCount(buyerEmail, 2)).map((m) => m.subject).sort()).toEqual([
    expect.stringMatching(/^We received your enquiry ENQ-\d{4}-\d{5}$/),
    "Your quote for the lumbar spine MRI dataset",
  ]);

  const stored = row<{ status: string; source: string }>(
    `SELECT status, source FROM "Enquiry" WHERE email = ?`,
    buyerEmail,
  );
  expect(stored).toEqual({ status: "CONTACTED", source: "/pricing" });
  await sales.close();
});
