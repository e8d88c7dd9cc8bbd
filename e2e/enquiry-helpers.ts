// Shared steps for the enquiry specs.
import type { Page } from "@playwright/test";
import { formTokenNonce, issueFormToken } from "../lib/enquiries/anti-spam";
import { E2E_AUTH_SECRET, E2E_MIN_FILL_MS } from "./support/e2e-env";

/** A client address of its own per test, so rate limits of one test never touch another. */
export const randomIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

/** An enquiry form token as the app issues it, served long enough ago to pass the minimum fill time. */
export const agedFormToken = (nonce?: string) =>
  issueFormToken(E2E_AUTH_SECRET, Date.now() - E2E_MIN_FILL_MS - 60_000, nonce);

/**
 * As if the person had taken their time over the form: the page's token becomes the same form (same nonce) served
 * long enough ago. Returns the token.
 */
export async function ageFormToken(page: Page): Promise<string> {
  const field = page.locator('input[name="formToken"]');
  const token = agedFormToken(formTokenNonce(await field.inputValue()));
  await field.evaluate((el: HTMLInputElement, t) => (el.value = t), token);
  return token;
}

export async function fillEnquiry(
  page: Page,
  v: { email: string; organization: string; name?: string; message?: string },
) {
  await page.getByLabel("Name", { exact: true }).fill(v.name ?? "Grace Hopper");
  await page.getByLabel("Work email").fill(v.email);
  await page.getByLabel("Organisation").fill(v.organization);
  await page.getByLabel("Country").selectOption("NL");
  await page.getByLabel("Your role").selectOption("data-scientist");
  await page.getByLabel("Timeline").selectOption("1-3-months");
  await page.getByLabel(/^Commercial/).check();
  await page.getByLabel("Number of studies").fill("2500");
  await page.getByLabel("Message").fill(v.message ?? "We would like a quote for a segmentation project.");
  await page.getByLabel(/I agree to be contacted/).check();
}
