// Security headers on every route of the build, and pages that really run under their Content-Security-Policy:
// no violation while the storefront hydrates or while the viewer decodes, an injected inline script is refused.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ensureSample, type SampleStudy } from "./viewer-fixtures";
import { openStudy, stage } from "./viewer-helpers";

let sample: SampleStudy;

test.beforeAll(() => {
  test.setTimeout(120_000);
  sample = ensureSample();
});

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../.next/routes-manifest.json"), "utf8")) as {
  staticRoutes: { page: string }[];
  dynamicRoutes: { page: string }[];
};

/** A concrete URL for each dynamic route of the build; a new route fails the test until it is listed here. */
const dynamicUrls = (s: SampleStudy): Record<string, string> => ({
  "/api/auth/[...nextauth]": "/api/auth/providers",
  "/api/preview/instances/[id]/dicom": `/api/preview/instances/${s.sagittal[0]}/dicom`,
  "/api/preview/instances/[id]/jpg": `/api/preview/instances/${s.sagittal[0]}/jpg`,
  "/api/preview/studies/[id]/report": `/api/preview/studies/${s.id}/report`,
  "/desk/enquiries/[id]": "/desk/enquiries/no-such-enquiry",
  "/preview/[study]": `/preview/${s.id}`,
  "/statistics/sorted/[sort]/[dir]": "/statistics/sorted/total/asc",
  "/api/preview/studies/[id]/archive": `/api/preview/studies/${s.id}/archive`,
  "/account/enquiries/[reference]": "/account/enquiries/ENQ-2000-00000",
  "/account/licences/[id]": "/account/licences/no-such-licence",
  "/account/orders/[id]": "/account/orders/no-such-order",
  "/account/quotes/[id]": "/account/quotes/no-such-quote",
  "/api/enquiry-attachments/[eventId]/[index]": "/api/enquiry-attachments/no-such-event/0",
  "/api/licensing/acceptances/[id]/text": "/api/licensing/acceptances/no-such-acceptance/text",
  "/api/licensing/licences/[id]/certificate": "/api/licensing/licences/no-such-licence/certificate",
  "/api/licensing/orders/[id]/invoice": "/api/licensing/orders/no-such-order/invoice",
  "/api/licensing/quotes/[id]/pdf": "/api/licensing/quotes/no-such-quote/pdf",
  "/desk/licences/[id]": "/desk/licences/no-such-licence",
  "/desk/quotes/[id]": "/desk/quotes/no-such-quote",
  "/api/delivery/licences/[id]/manifest": "/api/delivery/licences/no-such-licence/manifest?format=aria2",
  "/api/delivery/licences/[id]/studies/[file]": "/api/delivery/licences/no-such-licence/studies/1.2.3.zip",
  "/api/delivery/licences/[id]/t/[token]/[file]": "/api/delivery/licences/no-such-licence/t/dl_x/1.2.3.zip",
});

const scriptSrc = (policy: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src ")) ?? "";

test("every route answers with the security headers; pages with a script policy that allows no unsafe-inline", async ({
  request,
}) => {
  const urls = dynamicUrls(sample);
  const routes = [
    ...manifest.staticRoutes.map((r) => r.page).filter((p) => p !== "/_global-error"),
    ...manifest.dynamicRoutes.map((r) => {
      const url = urls[r.page];
      if (!url) throw new Error(`no test URL for the route ${r.page}: add one to dynamicUrls`);
      return url;
    }),
    "/no-such-page",
    // Rewritten by proxy.ts to a cached sorted page: its hashes, and no nonce policy on top.
    "/statistics?sort=condition&dir=asc",
  ];
  for (const url of routes) {
    const res = await request.get(url, { maxRedirects: 0 });
    const h = res.headers();
    const where = `${url} (${res.status()})`;
    expect(h["x-content-type-options"], where).toBe("nosniff");
    expect(h["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], where).toContain("camera=()");
    expect(h["strict-transport-security"], `${where}: HSTS only when APP_URL is https`).toBeUndefined();
    if (url.endsWith("/report")) {
      expect(h["x-frame-options"], where).toBe("SAMEORIGIN");
      expect(h["content-security-policy"], where).toBe("frame-ancestors 'self'");
      continue;
    }
    expect(h["x-frame-options"], where).toBe("DENY");
    if (!(h["content-type"] ?? "").startsWith("text/html")) continue;
    const csp = h["content-security-policy"] ?? "";
    // One policy per page: a second one (nonce and hashes both) would block one of the two kinds of script.
    expect(csp.split(",").length, where).toBe(1);
    expect(csp, where).toContain("frame-ancestors 'none'");
    expect(scriptSrc(csp), where).toMatch(/'(nonce|sha256)-[^']+'/);
    expect(scriptSrc(csp), where).not.toContain("unsafe-inline");
    expect(scriptSrc(csp), where).toContain("'wasm-unsafe-eval'");
  }
});

/** Records CSP violations from the first byte of the document on. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(
        `Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return seen;
}

/** React has hydrated the page: it has attached its fiber to the <main> landmark the server rendered. */
const hydrated = (page: Page) =>
  page.waitForFunction(() => {
    const main = document.querySelector("main");
    return !!main && Object.keys(main).some((k) => k.startsWith("__reactFiber$"));
  });

for (const url of ["/", "/statistics", "/preview", "/pricing", "/dataset", "/enquire", "/sign-in", "/no-such-page"]) {
  test(`${url} hydrates under its policy with no violation`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(url);
    await hydrated(page);
    expect(violations).toEqual([]);
  });
}

test("the study page decodes slices (inline first paint, worker, WebAssembly) with no violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await openStudy(page, sample.id);
  await hydrated(page);
  // The rest of the series comes through the decode worker.
  await expect(stage(page)).toHaveAttribute("data-loaded", String(sample.sagittal.length));
  await page.getByTestId("series-thumb").filter({ hasText: "Axial" }).click();
  await expect(stage(page)).toHaveAttribute("data-loaded", String(sample.axial.length));
  // The codecs are WebAssembly, in a worker that inherits this policy when it starts from a blob: compiling must work.
  const wasm = await page.evaluate(async () => {
    const bytes = [0, 97, 115, 109, 1, 0, 0, 0];
    const here = await WebAssembly.compile(new Uint8Array(bytes)).then(
      () => "ok",
      (e: Error) => e.message,
    );
    const src = `WebAssembly.compile(new Uint8Array(${JSON.stringify(bytes)})).then(() => postMessage("ok"), (e) => postMessage(e.message))`;
    const worker = new Worker(URL.createObjectURL(new Blob([src], { type: "text/javascript" })));
    const inWorker = await new Promise((resolve) => (worker.onmessage = (e) => resolve(e.data)));
    return { here, inWorker };
  });
  expect(wasm).toEqual({ here: "ok", inWorker: "ok" });
  expect(violations).toEqual([]);
});

test("the policy is enforced: an inline script injected into a cached page and into a dynamic page does not run", async ({
  page,
}) => {
  for (const url of [`/preview/${sample.id}`, "/"]) {
    const violations = await watchViolations(page);
    await page.goto(url);
    await hydrated(page);
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.body.append(s);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran, url).toBe(false);
    await expect.poll(() => violations.length, { message: url }).toBeGreaterThan(0);
    page.removeAllListeners("console");
  }
});
