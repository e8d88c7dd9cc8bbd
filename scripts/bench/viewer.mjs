// `npm run bench:viewer`: the DICOM viewer on the production build, in Chromium, with the synthetic sample imported.
// Measures (1) navigation -> first slice drawn (JPG or DICOM) and -> first decoded DICOM slice, over cold-cache
// page loads, against the floor measured in the same run and browser (scripts/bench/floor.mjs: a static page with
// only the slice's JPG, and a static page painting the slice's DICOM on a canvas), and (2) frame times while
// scrolling the 20-slice axial series one slice per animation frame.
// Bars: first slice visible <= 1.5x the JPG floor, first decoded DICOM slice <= 2.0x the canvas floor (medians);
// scrolling with no frame over 16.8 ms. Last line: one JSON object.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import findBrowserModule from "../test/find-browser.cjs";
import { floorTime, startFloorServer } from "./floor.mjs";
import { startApp } from "./start-app.mjs";
import { startVariantServer, VARIANTS } from "./viewer-variants.mjs";

const { findBrowser, CHROMIUM_ARGS } = findBrowserModule;
const port = Number(process.env.BENCH_PORT ?? 3310);
const floorPort = Number(process.env.BENCH_FLOOR_PORT ?? port + 1);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SCROLL_PASSES = Number(process.env.BENCH_SCROLL_PASSES ?? 6);
// --decompose: also load cut-down copies of the page (viewer-variants.mjs) to show what each part costs.
const DECOMPOSE = process.argv.includes("--decompose");
const packDir = path.resolve(".data", "cache", "viewer-packs", "lumbar-synth");

async function importSample(env) {
  const run = (args) => execFileSync("node_modules/.bin/tsx", args, { stdio: ["ignore", "ignore", "inherit"], env });
  if (!fs.existsSync(path.join(packDir, "DICOMDIR"))) run(["scripts/pack-synth.ts", packDir]);
  run(["scripts/import.ts", packDir, "--sample", "--json"]);
}

const pct = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const round = (x) => Math.round(x * 10) / 10;

/**
 * One cold-cache load: ms since navigation start until the first slice is visible (the server-rendered JPG of the
 * slice, by Element Timing, or the canvas if it draws first), the canvas' first draw, and the first decoded DICOM
 * slice drawn; plus the steps between, to see where the time goes.
 */
async function firstSlice(browser, url, { engine = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  const t = await page.evaluate(
    (engine) =>
      new Promise((resolve) => {
        const element = [];
        new PerformanceObserver((l) => element.push(...l.getEntries())).observe({ type: "element", buffered: true });
        const read = () => {
          const get = (n) => performance.getEntriesByName(n)[0]?.startTime;
          // The first slice drawn from DICOM (the inline early paint, or the engine), the engine running (hydrated)
          // and its own decode of that slice in the worker: the steps show where the time went.
          // Without the engine (the cut-down copies of --decompose, which do not hydrate): the first slice only.
          const jpg = element.find((e) => e.identifier === "viewer-first-slice");
          if (
            get("viewer:first-dicom-slice") === undefined ||
            (engine && (get("viewer:attached") === undefined || get("viewer:first-decoded") === undefined)) ||
            (!engine && !jpg)
          )
            return setTimeout(read, 5);
          const nav = performance.getEntriesByType("navigation")[0];
          const res = performance.getEntriesByType("resource");
          const dicom = res.find((r) => r.name.includes("/dicom"));
          const jpgRes = jpg && res.find((r) => r.name === new URL(jpg.url, location.href).href);
          const css = res.filter((r) => r.name.endsWith(".css")).map((r) => r.responseEnd);
          resolve({
            visible: Math.min(jpg ? jpg.renderTime || jpg.loadTime : Infinity, get("viewer:first-slice")),
            canvas: get("viewer:first-slice"),
            dicom: get("viewer:first-dicom-slice"),
            steps: {
              html: nav.responseEnd,
              css: css.length ? Math.max(...css) : undefined,
              jpgRequested: jpgRes?.requestStart,
              jpgBytes: jpgRes?.responseEnd,
              dicomRequested: dicom?.requestStart,
              bytes: dicom?.responseEnd,
              decoded: get("viewer:first-decoded"),
              decodeMs: performance.getEntriesByName("viewer:first-decoded")[0]?.detail,
              earlyDecoded: get("viewer:early-decoded"),
              attached: get("viewer:attached"),
            },
          });
        };
        read();
      }),
    engine,
  );
  await context.close();
  return t;
}

/** One wheel event per animation frame on the stage; returns rAF-to-rAF frame times and slices shown. */
async function scrollFrames(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId("series-thumb").filter({ hasText: "Axial" }).click();
  await page.waitForSelector('[data-testid=viewer-stage][data-loaded="20"][data-source="dicom"]');
  await page.waitForTimeout(300);
  const result = await page.evaluate(
    (passes) =>
      new Promise((resolve) => {
        const stage = document.querySelector("[data-testid=viewer-stage]");
        const times = [];
        const slices = new Set();
        let dir = 1;
        let frame = 0;
        const total = passes * 19;
        const tick = (t) => {
          times.push(t);
          slices.add(stage.getAttribute("data-slice"));
          const s = Number(stage.getAttribute("data-slice"));
          if (s >= 19) dir = -1;
          if (s <= 0) dir = 1;
          stage.dispatchEvent(
            new WheelEvent("wheel", { deltaY: 100 * dir, deltaMode: 0, bubbles: true, cancelable: true }),
          );
          if (++frame <= total) requestAnimationFrame(tick);
          else resolve({ times, slices: slices.size });
        };
        requestAnimationFrame(tick);
      }),
    SCROLL_PASSES,
  );
  await context.close();
  const deltas = result.times.slice(2).map((t, i) => t - result.times[i + 1]); // skip the first frame (warm-up)
  const elapsed = result.times.at(-1) - result.times[1];
  return { frames: deltas.length, slicesShown: result.slices, deltas, fps: (deltas.length / elapsed) * 1000 };
}

// The viewer needs the sample study only, not the 2.4 M-study synthetic catalogue the demo seed writes by default.
const app = await startApp({
  port,
  name: "viewer",
  extraEnv: { DEMO_CATALOG_STUDIES: "0" },
  beforeStart: importSample,
});
const browser = await chromium.launch({
  executablePath: findBrowser({ install: true }),
  args: [...CHROMIUM_ARGS],
});
/** The first slice's files as the study page names them: the DICOM it preloads and the JPG it shows first. */
async function firstSliceFiles(url) {
  const html = await (await fetch(url)).text();
  const dicom = /<link rel="preload" href="([^"]+\/dicom)" as="fetch"/.exec(html)?.[1];
  const jpg = /<img src="([^"]+\/jpg)"[^>]*elementtiming="viewer-first-slice"/.exec(html)?.[1];
  if (!dicom || !jpg) throw new Error("the study page names no first slice (preload link / elementtiming image)");
  const bytes = async (u) => Buffer.from(await (await fetch(new URL(u, url))).arrayBuffer());
  return { dicom: await bytes(dicom), jpg: await bytes(jpg) };
}

/** RUNS rounds over every variant, interleaved; name -> [{ visible, dicom }]. */
async function decompose(url) {
  const server = await startVariantServer({ port: port + 2, pageUrl: url });
  try {
    const names = Object.keys(VARIANTS);
    for (const name of names) await firstSlice(browser, server.url(name), { engine: false }); // warm-up
    const out = Object.fromEntries(names.map((n) => [n, []]));
    for (let i = 0; i < RUNS; i++)
      for (const name of names) out[name].push(await firstSlice(browser, server.url(name), { engine: false }));
    return out;
  } finally {
    await server.close();
  }
}

let runs, floor, scroll, variantRuns;
try {
  const list = await (await fetch(`${app.url}/preview`)).text();
  const id = /href="\/preview\/([^"]+)"/.exec(list)?.[1];
  if (!id) throw new Error("no published sample study on /preview");
  const url = `${app.url}/preview/${id}`;
  const floorServer = await startFloorServer({ port: floorPort, ...(await firstSliceFiles(url)) });
  try {
    // warm-up: server caches, route code, the browser's own first-launch costs
    await firstSlice(browser, url);
    await floorTime(browser, floorServer.url, "jpg");
    await floorTime(browser, floorServer.url, "canvas");
    runs = [];
    floor = [];
    // Interleaved, so a busy moment on the machine weighs on the floor and on the study page alike.
    for (let i = 0; i < RUNS; i++) {
      floor.push({
        jpg: await floorTime(browser, floorServer.url, "jpg"),
        canvas: await floorTime(browser, floorServer.url, "canvas"),
      });
      runs.push(await firstSlice(browser, url));
    }
  } finally {
    await floorServer.close();
  }
  scroll = await scrollFrames(browser, url);
  if (DECOMPOSE) variantRuns = await decompose(url);
} finally {
  await browser.close();
  app.stop();
}

const stat = (pick, from = runs) => {
  const xs = from.map(pick).filter((x) => Number.isFinite(x));
  return { median: round(pct(xs, 0.5)), max: round(Math.max(...xs)) };
};
const floorJpg = stat((f) => f.jpg, floor);
const floorCanvas = stat((f) => f.canvas, floor);
const summary = {
  bench: "viewer",
  runs: RUNS,
  floor: { staticJpgMs: floorJpg, staticCanvasMs: floorCanvas },
  firstSliceVisibleMs: stat((r) => r.visible),
  firstCanvasDrawMs: stat((r) => r.canvas),
  firstDicomSliceMs: stat((r) => r.dicom),
  stepsMedianMs: Object.fromEntries(
    [
      "html",
      "css",
      "jpgRequested",
      "jpgBytes",
      "dicomRequested",
      "bytes",
      "earlyDecoded",
      "decodeMs",
      "attached",
      "decoded",
    ].map((k) => [k, stat((r) => r.steps[k]).median]),
  ),
  scroll: {
    series: "axial, 20 slices",
    frames: scroll.frames,
    slicesShown: scroll.slicesShown,
    fps: round(scroll.fps),
    frameMs: {
      p50: round(pct(scroll.deltas, 0.5)),
      p95: round(pct(scroll.deltas, 0.95)),
      max: round(Math.max(...scroll.deltas)),
    },
    // rAF intervals are multiples of 16.7 ms: one dropped frame shows as 33.3, two as 50.
    droppedFrames: scroll.deltas.filter((d) => d > 20).length,
    over16_8ms: scroll.deltas.filter((d) => d > 16.8).length,
    over33ms: scroll.deltas.filter((d) => d > 33.4).length,
  },
};
summary.ratios = {
  visibleToJpgFloor: +(summary.firstSliceVisibleMs.median / floorJpg.median).toFixed(2),
  dicomToCanvasFloor: +(summary.firstDicomSliceMs.median / floorCanvas.median).toFixed(2),
};
summary.barsMet =
  summary.ratios.visibleToJpgFloor <= 1.5 &&
  summary.ratios.dicomToCanvasFloor <= 2.0 &&
  summary.scroll.over16_8ms === 0;
if (variantRuns) {
  const full = variantRuns.full;
  summary.decomposition = Object.fromEntries(
    Object.entries(variantRuns).map(([name, rs]) => {
      const visible = stat((r) => r.visible, rs).median;
      const dicom = stat((r) => r.dicom, rs).median;
      return [
        name,
        {
          leavesOut: VARIANTS[name][0],
          visibleMs: visible,
          dicomMs: dicom,
          visibleSavedMs: round(stat((r) => r.visible, full).median - visible),
          dicomSavedMs: round(stat((r) => r.dicom, full).median - dicom),
        },
      ];
    }),
  );
}
const line = (label, s) => `${label.padEnd(28)} median ${s.median} ms, max ${s.max} ms`;
console.log(`${RUNS} cold-cache loads each, interleaved, same browser:`);
console.log(line("floor: static JPG page", floorJpg));
console.log(line("floor: static canvas page", floorCanvas));
console.log(line("first slice visible (JPG)", summary.firstSliceVisibleMs));
console.log(line("first canvas draw", summary.firstCanvasDrawMs));
console.log(line("first decoded DICOM slice", summary.firstDicomSliceMs));
console.log(
  `  steps (median ms): ${Object.entries(summary.stepsMedianMs)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")}`,
);
console.log(
  `ratios to the floor: JPG visible ${summary.ratios.visibleToJpgFloor}x (bar 1.5), decoded DICOM ${summary.ratios.dicomToCanvasFloor}x (bar 2.0)`,
);
console.log(
  `scrolling 20 slices: ${summary.scroll.fps} fps, frame p50 ${summary.scroll.frameMs.p50} / p95 ${summary.scroll.frameMs.p95} / max ${summary.scroll.frameMs.max} ms, ${summary.scroll.over16_8ms} over 16.8 ms, ${summary.scroll.over33ms} over 33.4 ms`,
);
if (summary.decomposition) {
  console.log("decomposition (copies of the page through a proxy; saved = the full copy's median minus this one's):");
  for (const [name, d] of Object.entries(summary.decomposition))
    console.log(
      `  ${name.padEnd(26)} JPG visible ${d.visibleMs} ms (saves ${d.visibleSavedMs}), decoded DICOM ${d.dicomMs} ms (saves ${d.dicomSavedMs}) - without ${d.leavesOut}`,
    );
}
console.log(JSON.stringify(summary));
