// `npm run bench:pages`: Lighthouse 12.2.3 on the production build of the landing and statistics pages, desktop and
// mobile, plus the JavaScript each page loads first. Prints a table, then one JSON line with every figure.
// Bars: performance >= 95 desktop and >= 90 mobile, accessibility 100, SEO 100.
import zlib from "node:zlib";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";
import findBrowserModule from "../test/find-browser.cjs";
const { findBrowser } = findBrowserModule;
import { startApp } from "./start-app.mjs";

const pages = (process.env.BENCH_PAGES ?? "/,/statistics,/preview").split(",");
const port = Number(process.env.BENCH_PORT ?? 3300);

async function firstLoadJs(url) {
  const html = await (await fetch(url)).text();
  // nomodule scripts (legacy polyfills) are skipped by every browser Lighthouse emulates, so they do not count.
  const srcs = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1] + m[3]))
    .map((m) => new URL(m[2], url).toString());
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(srcs)) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer());
    raw += body.length;
    gzip += zlib.gzipSync(body).length;
  }
  return { scripts: new Set(srcs).size, rawKb: +(raw / 1024).toFixed(1), gzipKb: +(gzip / 1024).toFixed(1) };
}

const app = await startApp({ port, name: "pages" });
const chrome = await chromeLauncher.launch({
  chromePath: findBrowser({ install: true }),
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const results = [];
try {
  for (const p of pages) {
    const url = app.url + p;
    await fetch(url); // warm the server so the first run does not measure compilation of the route
    const js = await firstLoadJs(url);
    for (const formFactor of ["desktop", "mobile"]) {
      const config = formFactor === "desktop" ? desktopConfig : undefined;
      const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "seo", "best-practices"] };
      const runnerResult = await lighthouse(url, flags, config);
      const c = runnerResult.lhr.categories;
      const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
      const failed = Object.values(runnerResult.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && ["accessibility", "seo"].some((cat) => c[cat].auditRefs.some((r) => r.id === a.id && r.weight > 0)))
        .map((a) => a.id);
      results.push({
        page: p,
        formFactor,
        performance: score("performance"),
        accessibility: score("accessibility"),
        seo: score("seo"),
        bestPractices: score("best-practices"),
        lcpMs: Math.round(runnerResult.lhr.audits["largest-contentful-paint"].numericValue),
        tbtMs: Math.round(runnerResult.lhr.audits["total-blocking-time"].numericValue),
        cls: +runnerResult.lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3),
        firstLoadJsGzipKb: js.gzipKb,
        firstLoadJsRawKb: js.rawKb,
        failedAudits: failed,
      });
    }
  }
} finally {
  await chrome.kill();
  app.stop();
}

console.log("page          form     perf  a11y  seo  bp   LCP ms  TBT ms  CLS    JS gzip kB");
for (const r of results) {
  console.log(
    `${r.page.padEnd(13)} ${r.formFactor.padEnd(8)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r.seo).padStart(3)}  ${String(r.bestPractices).padStart(3)}  ${String(r.lcpMs).padStart(6)}  ${String(r.tbtMs).padStart(6)}  ${String(r.cls).padEnd(5)}  ${r.firstLoadJsGzipKb}`,
  );
  if (r.failedAudits.length) console.log(`  failing accessibility/SEO audits: ${r.failedAudits.join(", ")}`);
}
const bars = results.every(
  (r) => r.performance >= (r.formFactor === "desktop" ? 95 : 90) && r.accessibility === 100 && r.seo === 100,
);
console.log(JSON.stringify({ bench: "pages", barsMet: bars, results }));
