// The desk's job queue: a mail the SMTP server refuses is retried, then shows as failed with the server's error, and
// an admin's retry sends it once the server accepts it again.
import crypto from "node:crypto";
import { expect, test } from "./support/auth-fixture";
import { waitForMail } from "./support/auth-mailbox";
import { E2E_MAILBOX_URL } from "./support/e2e-env";
import { queueMail } from "./support/jobs-db";

test("a failed mail job shows its error at /desk/admin/jobs and an admin's retry delivers it", async ({
  page,
  signIn,
}) => {
  const to = `bounce-${crypto.randomBytes(5).toString("hex")}@e2e.example`;
  const subject = `Job spec ${to}`;
  await fetch(`${E2E_MAILBOX_URL}/refuse?to=${encodeURIComponent(to)}`, { method: "POST" });
  const id = queueMail(to, subject);
  await signIn("ADMIN");

  const job = page.locator(`li[data-job="${id}"]`);
  await expect
    .poll(
      async () => {
        await page.goto("/desk/admin/jobs?view=failed");
        return (await job.count()) > 0;
      },
      { timeout: 60_000, message: "the mail job to fail after its retry" },
    )
    .toBe(true);
  await expect(job.getByTestId("job-state")).toHaveText("failed");
  await expect(job.getByTestId("job-error")).toContainText("550");
  await expect(job).toContainText(`to ${to}: ${subject}`);
  await expect(job).toContainText("Attempt 2 of 2");
  await expect(page.getByTestId("count-failed")).not.toHaveText("0");

  await fetch(`${E2E_MAILBOX_URL}/refuse?to=${encodeURIComponent(to)}`, { method: "DELETE" });
  await job.getByRole("button", { name: "Retry" }).click();
  // Queued again, it leaves the failed list.
  await expect(job).toHaveCount(0);
  const mail = await waitForMail(to, new RegExp(subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")), 60_000);
  expect(mail.text).toContain(`Hello ${to}`);

  await page.goto("/desk/admin/jobs?view=retried");
  await expect(job.getByTestId("job-state")).toHaveText("completed");
});
