// The admin side of the desk through the UI, and the inbox's paging and CSV export.
import fs from "node:fs";
import { expect, test } from "./support/auth-fixture";
import { createEnquiry, uniqueEmail } from "./support/auth-db";
import { waitForMail } from "./support/auth-mailbox";
import { E2E_TOPOLOGY } from "./support/e2e-env";

test("an admin creates an organisation, invites a user, promotes and disables them, and finds it all in the audit log", async ({
  page,
  signIn,
}) => {
  // Four actions on /desk/admin/users, each re-rendering a page that lists every organisation in every user's row
  // (it grows with what earlier specs made): behind nginx and PostgreSQL on a shared machine it needs more time.
  test.slow(!!E2E_TOPOLOGY, "several actions on a large page through the topology");
  await signIn("ADMIN");
  const org = `Invitees ${Date.now()}`;
  await page.goto("/desk/admin/organizations");
  await page.getByLabel("Name", { exact: true }).first().fill(org);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Created ${org}.` })).toBeVisible();

  const email = uniqueEmail("invitee");
  await page.goto("/desk/admin/users");
  const invite = page.getByRole("form", { name: "Invite a user" });
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption("SALES");
  await invite.getByLabel("Organisation").selectOption({ label: org });
  await invite.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invited ${email}.` })).toBeVisible();
  const invitation = await waitForMail(email, /invited/);
  expect(invitation.text).toContain("/sign-in");

  await page.getByLabel("Search").fill(email);
  await page.getByRole("button", { name: "Filter" }).click();
  const card = page.getByRole("listitem").filter({ hasText: email });
  await expect(card).toContainText(org);
  await card.getByLabel("Role", { exact: true }).selectOption("ADMIN");
  await card.getByRole("button", { name: "Save role" }).click();
  await expect(card.getByRole("status")).toContainText("is now admin");
  await card.getByRole("button", { name: "Disable" }).click();
  await expect(card.getByRole("status").filter({ hasText: "disabled and signed out" })).toBeVisible();

  await page.goto("/desk/admin/audit");
  await page.getByLabel("Target id or type").fill("user");
  await page.getByRole("button", { name: "Apply" }).click();
  const log = page.locator("ol");
  // Actions read as words; the actor and the target's details are named.
  for (const action of ["User invited", "User role changed", "User disabled"]) await expect(log).toContainText(action);
  await page.getByLabel("Action").selectOption("organization.created");
  await page.getByLabel("Target id or type").fill("");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(log).toContainText(org);
  await expect(log).not.toContainText("User invited");
});

test("the inbox pages through results and exports what the filters select", async ({ page, signIn }) => {
  await signIn("SALES");
  const marker = `Paging Org ${Date.now()}`;
  for (let i = 0; i < 30; i++) createEnquiry({ organization: marker, name: `Pager ${String(i).padStart(2, "0")}` });
  await page.goto(`/desk?q=${encodeURIComponent(marker)}&sort=name`);
  await expect(page.getByText("30 enquiries match")).toBeVisible();
  const names = page.locator("main ul li a[href^='/desk/enquiries/']");
  await expect(names).toHaveCount(25);
  await expect(names.first()).toContainText("Pager 00");
  await page.getByRole("link", { name: "Next" }).click();
  await expect(names).toHaveCount(5);
  await expect(names.first()).toContainText("Pager 25");
  await page.getByRole("link", { name: "Previous" }).click();
  await expect(names).toHaveCount(25);
  await expect(names.first()).toContainText("Pager 00");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, "utf8");
  expect(csv.match(new RegExp(marker, "g"))).toHaveLength(30);
  expect(csv.split("\r\n")[0]).toContain("id,created_at,status,name,email");
});

test("tampered page cursors restart at the first page instead of failing", async ({ page, signIn }) => {
  // Eighteen full loads of desk pages; /desk/admin/users grows with every organisation earlier specs made (each user's
  // row lists them all), which behind nginx and PostgreSQL on a shared machine needs more than the default budget.
  test.slow(!!E2E_TOPOLOGY, "many page loads through the topology");
  await signIn("ADMIN");
  const forged = (v: unknown) => Buffer.from(JSON.stringify({ v, id: "x" })).toString("base64url");
  for (const path of ["/desk", "/desk/admin/audit", "/desk/admin/users"]) {
    const first = await page.goto(path);
    expect(first?.status()).toBe(200);
    for (const cursor of [forged(1e300), forged("yesterday"), forged(-9e15), "%%%"]) {
      for (const param of path === "/desk" ? ["after", "before"] : ["after"]) {
        const res = await page.goto(`${path}?${param}=${encodeURIComponent(cursor)}`);
        expect(res?.status(), `${path}?${param}=${cursor}`).toBe(200);
      }
    }
  }
  await page.goto(`/desk?sort=name&after=${forged(1e300)}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
