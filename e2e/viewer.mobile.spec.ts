import { expect, test, type Page } from "@playwright/test";
import { ensureSample, type SampleStudy } from "./viewer-fixtures";
import { openStudy, sliceOf, stage } from "./viewer-helpers";

test.use({ viewport: { width: 390, height: 844 } });

let sample: SampleStudy;
test.beforeAll(() => {
  test.setTimeout(120_000);
  sample = ensureSample();
});

type Point = { x: number; y: number };

/** Touch gesture through the DevTools protocol: each step moves every finger from its start to its end point. */
async function touch(page: Page, from: Point[], to: Point[], steps = 8) {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) =>
    from.map((p, i) => ({ x: p.x + (to[i]!.x - p.x) * t, y: p.y + (to[i]!.y - p.y) * t, id: i }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let s = 1; s <= steps; s++)
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(s / steps) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

test("the preview list and the viewer fit a 390 px phone", async ({ page }) => {
  await page.goto("/preview");
  await expect(page.getByRole("link", { name: /Open in the viewer/ }).first()).toBeVisible();
  await openStudy(page, sample.id);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = (await stage(page).boundingBox())!;
  expect(box.width).toBeGreaterThan(300);
  expect(Math.abs(box.width - box.height)).toBeLessThan(2); // square, fixed before any image loads
  await expect(page.getByRole("button", { name: "Scroll" })).toHaveAttribute("aria-pressed", "true"); // touch default
});

test("on a phone the framework's scripts download from the start; the DICOM waits for the JPG", async ({ page }) => {
  await openStudy(page, sample.id);
  const t = await page.evaluate(() => {
    const res = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    return {
      jpg: res.find((r) => r.name.endsWith("/jpg"))?.responseEnd,
      dicom: res.find((r) => r.name.endsWith("/dicom"))?.startTime,
      chunks: res.filter((r) => /\/_next\/static\/chunks\/[^/]+\.js$/.test(r.name)).map((r) => r.startTime),
    };
  });
  expect(t.chunks.length).toBeGreaterThan(0);
  // The 300 kB DICOM would share a phone's link with the JPG: it is fetched once the JPG is shown.
  expect(t.dicom).toBeGreaterThanOrEqual(t.jpg!);
  expect(Math.min(...t.chunks)).toBeLessThan(t.dicom!);
});

test("a swipe scrolls the stack, a pinch zooms, and window/level follows a drag with its tool", async ({ page }) => {
  await openStudy(page, sample.id);
  const b = (await stage(page).boundingBox())!;
  const cx = b.x + b.width / 2;
  const start = await sliceOf(page);
  await touch(page, [{ x: cx, y: b.y + b.height * 0.3 }], [{ x: cx, y: b.y + b.height * 0.7 }]);
  await expect.poll(() => sliceOf(page)).toBeGreaterThan(start);
  await touch(
    page,
    [
      { x: cx - 30, y: b.y + b.height / 2 },
      { x: cx + 30, y: b.y + b.height / 2 },
    ],
    [
      { x: cx - 100, y: b.y + b.height / 2 },
      { x: cx + 100, y: b.y + b.height / 2 },
    ],
  );
  await expect.poll(async () => Number(await stage(page).getAttribute("data-zoom"))).toBeGreaterThan(1.5);
  await page.getByRole("button", { name: "Window" }).tap();
  const w = await stage(page).getAttribute("data-window");
  await touch(page, [{ x: cx, y: b.y + b.height / 2 }], [{ x: cx + 80, y: b.y + b.height / 2 + 40 }]);
  await expect(stage(page)).not.toHaveAttribute("data-window", w!);
});

test("the slider and buttons work by touch", async ({ page }) => {
  await openStudy(page, sample.id);
  await page.getByLabel("Slice", { exact: true }).fill("1");
  await expect(stage(page)).toHaveAttribute("data-slice", "0");
  await page.getByRole("button", { name: "Zoom in" }).tap();
  await expect(stage(page)).toHaveAttribute("data-zoom", "1.250");
  await page.getByRole("link", { name: "Open the report (PDF)" }).isVisible();
});
