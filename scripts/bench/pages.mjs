// `npm run bench:pages`: Lighthouse 12.2.3 on the production build, desktop and mobile, each page RUNS times (median),
// plus the JavaScript each page loads first. Prints a table, then one JSON line with every figure.
// Bars: performance 100 desktop and >= 95 mobile, accessibility 100 (medians).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import * as chromeLauncher from "chrome-launcher";
import findBrowserModule from "../test/find-browser.cjs";
const { findBrowser, CHROMIUM_ARGS } = findBrowserModule;
import { deferredScriptSrcs } from "../../lib/storefront/defer-scripts.mjs";
import { startApp } from "./start-app.mjs";

// The pages measured, in order. "study" is the first published sample study (linked from /preview). A page that
// answers 404 (not built yet on this branch) is skipped and reported as such.
const PAGES = ["/", "/statistics", "/preview", "study", "/pricing", "/cohort"];

const pages = process.env.BENCH_PAGES ? process.env.BENCH_PAGES.split(",") : PAGES;
const port = Number(process.env.BENCH_PORT ?? 3300);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// BENCH_LHR_DIR=<folder> keeps every run's full Lighthouse report (JSON), to read what costs: the blocking-time
// culprits, the LCP element and its phases, unused JavaScript, main-thread work by category.
const lhrDir = process.env.BENCH_LHR_DIR;
if (lhrDir) fs.mkdirSync(lhrDir, { recursive: true });

async function firstLoadJs(url) {
  const html = await (await fetch(url)).text();
  // nomodule scripts (legacy polyfills) are skipped by every browser Lighthouse emulates, so they do not count.
  const srcs = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1] + m[3]))
    .map((m) => m[2])
    // The study page adds its framework scripts from an inline loader after the first slice (defer-scripts.mjs).
    .concat(deferredScriptSrcs(html))
    .map((src) => new URL(src, url).toString());
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(srcs)) {
    const body = Buffer.from(await (await fetch(src)).arrayBuffer());
    raw += body.length;
    gzip += zlib.gzipSync(body).length;
  }
  return { scripts: new Set(srcs).size, rawKb: +(raw / 1024).toFixed(1), gzipKb: +(gzip / 1024).toFixed(1) };
}

async function resolvePage(base, p) {
  if (p !== "study") return p;
  const list = await (await fetch(`${base}/preview`)).text();
  const id = /href="\/preview\/([^"]+)"/.exec(list)?.[1];
  return id ? `/preview/${id}` : null;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function audit(chrome, url, formFactor, label) {
  const config = formFactor === "desktop" ? desktopConfig : undefined;
  const flags = {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "seo", "best-practices"],
  };
  const { lhr } = await lighthouse(url, flags, config);
  if (lhrDir) fs.writeFileSync(path.join(lhrDir, `${label}.json`), JSON.stringify(lhr));
  const c = lhr.categories;
  const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
  const failed = Object.values(lhr.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        ["accessibility", "seo"].some((cat) => c[cat].auditRefs.some((r) => r.id === a.id && r.weight > 0)),
    )
    .map((a) => a.id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    seo: score("seo"),
    bestPractices: score("best-practices"),
    fcpMs: Math.round(lhr.audits["first-contentful-paint"].numericValue),
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue),
    cls: +lhr.audits["cumulative-layout-shift"].numericValue.toFixed(3),
    failedAudits: failed,
  };
}

const app = await startApp({ port, name: "pages" });
const chrome = await chromeLauncher.launch({
  chromePath: findBrowser({ install: true }),
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
const results = [];
const skipped = [];
try {
  for (const p of pages) {
    const path = await resolvePage(app.url, p);
    const url = path && app.url + path;
    const status = url ? (await fetch(url)).status : 404; // also warms the server: no route compilation measured
    if (status === 404) {
      skipped.push(p);
      continue;
    }
    const js = await firstLoadJs(url);
    for (const formFactor of ["desktop", "mobile"]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        const label = `${p.replace(/^\/$/, "landing").replace(/\W+/g, "")}-${formFactor}-${i + 1}`;
        runs.push(await audit(chrome, url, formFactor, label));
      }
      const m = (k) => median(runs.map((r) => r[k]));
      results.push({
        page: p === "study" ? "study" : p,
        url: path,
        formFactor,
        runs: RUNS,
        performance: m("performance"),
        performanceRuns: runs.map((r) => r.performance),
        accessibility: m("accessibility"),
        seo: m("seo"),
        bestPractices: m("bestPractices"),
        fcpMs: m("fcpMs"),
        lcpMs: m("lcpMs"),
        tbtMs: m("tbtMs"),
        cls: m("cls"),
        firstLoadJsGzipKb: js.gzipKb,
        firstLoadJsRawKb: js.rawKb,
        failedAudits: [...new Set(runs.flatMap((r) => r.failedAudits))],
      });
    }
  }
} finally {
  await chrome.kill();
  app.stop();
}

console.log(`medians of ${RUNS} Lighthouse runs per page and form factor`);
console.log("page          form     perf (runs)        a11y  seo  bp   FCP ms  LCP ms  TBT ms  CLS    JS gzip kB");
for (const r of results) {
  console.log(
    `${r.page.padEnd(13)} ${r.formFactor.padEnd(8)} ${String(r.performance).padStart(4)} ${`(${r.performanceRuns.join(",")})`.padEnd(13)} ${String(r.accessibility).padStart(4)}  ${String(r.seo).padStart(3)}  ${String(r.bestPractices).padStart(3)}  ${String(r.fcpMs).padStart(6)}  ${String(r.lcpMs).padStart(6)}  ${String(r.tbtMs).padStart(6)}  ${String(r.cls).padEnd(5)}  ${r.firstLoadJsGzipKb}`,
  );
  if (r.failedAudits.length) console.log(`  failing accessibility/SEO audits: ${r.failedAudits.join(", ")}`);
}
if (skipped.length) console.log(`skipped (404 on this build): ${skipped.join(", ")}`);
const bars = results.every((r) => r.performance >= (r.formFactor === "desktop" ? 100 : 95) && r.accessibility === 100);
console.log(JSON.stringify({ bench: "pages", runs: RUNS, barsMet: bars, skipped, results }));
