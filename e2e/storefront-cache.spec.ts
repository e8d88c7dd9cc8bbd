// The storefront pages are served from Next's cache (ISR), not rendered per request. What must hold: a cached page
// never carries one visitor's data to another, and a data change (an import from the CLI) shows at once, because
// the CLI asks the server to drop its cached pages (/api/revalidate) - not after a restart, and not never.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { request as http } from "@playwright/test";
import { revalidationToken } from "../lib/storefront/revalidation";
import { EXAMPLE_STATS_PATH } from "../lib/dataset/example";
import { expect, test } from "./support/auth-fixture";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_TOPOLOGY } from "./support/e2e-env";
import { runCli } from "./support/run-cli";

const CACHED = ["/", "/statistics", "/statistics?sort=condition&dir=asc", "/preview", "/pricing", "/dataset"];

test("the storefront pages are answered from the cache", async ({ request }) => {
  for (const p of CACHED) {
    // The first request of each server process renders and stores the page (two: the topology has two instances).
    for (let i = 0; i < 2; i++) await request.get(p);
    const res = await request.get(p);
    expect(res.status(), p).toBe(200);
    // HIT (or STALE while a background regeneration runs): either way no render happened for this request. Behind
    // the topology's nginx the answer may come from its micro-cache instead, carrying the stored answer's headers.
    if (res.headers()["x-cache-status"] !== "HIT") expect(res.headers()["x-nextjs-cache"], p).toMatch(/^(HIT|STALE)$/);
    // Shared caches may keep it too, so it must be the same for everyone (no Set-Cookie, no per-request nonce).
    expect(res.headers()["set-cookie"], p).toBeUndefined();
    expect(res.headers()["content-security-policy"] ?? "", p).not.toContain("'nonce-");
  }
});

test("a cached page carries its stylesheet once, hydrates without React errors and stays styled across navigations", async ({
  page,
  request,
}) => {
  for (const p of ["/", "/pricing"]) {
    const html = await (await request.get(p)).text();
    const css = /<style data-precedence="[^"]*" data-href="[^"]*">([\s\S]*?)<\/style>/.exec(html)?.[1];
    expect(css, p).toBeTruthy();
    // The stylesheet's text is in the <style> only: not again in React's inline payload (lib/storefront/flight-css.mjs).
    expect(html.split(css!.slice(0, 200)).length - 1, p).toBe(1);
  }
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && /react|hydrat|minified/i.test(m.text())) errors.push(m.text());
  });
  const footerBorder = () =>
    page
      .locator("footer")
      .evaluate((el) => getComputedStyle(el).borderTopWidth + " " + getComputedStyle(el).paddingTop);
  await page.goto("/");
  // Hydrated: React has attached its fiber to the server-rendered <main>.
  await page.waitForFunction(() => {
    const main = document.querySelector("main");
    return !!main && Object.keys(main).some((k) => k.startsWith("__reactFiber$"));
  });
  const styled = await footerBorder();
  expect(styled).toBe("1px 40px"); // border-t, py-10: the stylesheet applies
  // A client-side navigation and back: the styles stay, and React reports nothing.
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Pricing" }).click();
  await expect(page).toHaveURL(/\/pricing$/);
  expect(await footerBorder()).toBe(styled);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  expect(await footerBorder()).toBe(styled);
  expect(errors).toEqual([]);
});

test("a signed-in visitor's name and address never reach the cached HTML", async ({ page, signIn }) => {
  const marker = `Cachecheck ${Date.now()}`;
  const user = await signIn("CUSTOMER", { name: marker });
  for (const p of CACHED) {
    await page.goto(p);
    // The header shows the signed-in state (fetched by the client from /api/me, after the HTML)...
    await expect(page.getByRole("navigation", { name: "Main" }).first().getByTestId("header-account")).toBeVisible();
  }
  // Pages rendered per request for them are never marked shareable for a reverse proxy's micro-cache.
  for (const p of ["/account", "/sign-in", "/enquire"]) {
    const res = await page.request.get(p, { maxRedirects: 0 });
    expect(res.headers()["x-accel-expires"], p).toBeUndefined();
    expect(res.headers()["x-cache-status"] ?? "MISS", p).not.toBe("HIT");
  }
  // ...while the HTML the signed-in browser was sent, and what an anonymous visitor now gets, carry none of it.
  const anonymous = await http.newContext({ baseURL: E2E_BASE_URL });
  try {
    for (const p of CACHED) {
      for (const html of [await (await page.request.get(p)).text(), await (await anonymous.get(p)).text()]) {
        expect(html, p).not.toContain(user.email);
        expect(html, p).not.toContain(marker);
      }
    }
  } finally {
    await anonymous.dispose();
  }
});

test("the revalidation endpoint wants the token derived from the auth secret", async ({ request }) => {
  expect((await request.post("/api/revalidate")).status()).toBe(401);
  expect((await request.post("/api/revalidate", { headers: { authorization: "Bearer nope" } })).status()).toBe(401);
  const secret = E2E_TOPOLOGY?.env.AUTH_SECRET ?? E2E_AUTH_SECRET;
  const ok = await request.post("/api/revalidate", {
    headers: { authorization: `Bearer ${revalidationToken(secret)}` },
  });
  expect(ok.status()).toBe(204);
  // Expired means rendered again on the next request, not served stale.
  expect((await request.get("/")).headers()["x-nextjs-cache"]).not.toBe("STALE");
});

test("a statistics import from the CLI shows on every cached page at once", async ({ request }) => {
  const total = async (p: string) => {
    const html = await (await request.get(p)).text();
    return /data-testid="total-studies"[^>]*>([\d,]+)/.exec(html)?.[1];
  };
  const pages = ["/", "/statistics", "/statistics?sort=total&dir=asc"];
  for (const p of pages) await total(p); // in the cache now
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stats-cache-e2e-"));
  const file = path.join(dir, "new.csv");
  fs.writeFileSync(file, "condition,method,studies\nDisc herniation,MRI 1.5T,4321\n");
  try {
    const r = runCli("scripts/stats-import.ts", [file]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("could not ask");
    // At once: within nginx's one-second micro-cache on the topology, far inside the pages' 60 s revalidate time.
    for (const p of pages) await expect.poll(() => total(p), { message: p, timeout: 5_000 }).toBe("4,321");
  } finally {
    expect(runCli("scripts/stats-import.ts", [EXAMPLE_STATS_PATH]).status).toBe(0);
  }
  for (const p of pages) await expect.poll(() => total(p), { message: p, timeout: 5_000 }).not.toBe("4,321");
});

test("the statistics table's sort links ask for nothing that is not there (the sorted pages are rewrites)", async ({
  page,
}) => {
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto("/statistics");
  await page.getByTestId("stats-table").scrollIntoViewIfNeeded();
  // Links prefetch when they come into view (and on hover): let those requests finish before checking them.
  await page.getByRole("link", { name: /^Condition/ }).hover();
  await page.waitForLoadState("networkidle");
  await page.getByRole("link", { name: /^Condition/ }).click();
  await expect(page.getByRole("columnheader", { name: /Condition/ })).toHaveAttribute("aria-sort", "ascending");
  expect(page.url()).toContain("/statistics?sort=condition&dir=asc");
  expect(failed).toEqual([]);
});
