import { expect, test, type Page } from "@playwright/test";
import { PHI_ATTRIBUTES } from "../lib/dicom/phi-attributes";
import { ensureSample, type SampleStudy } from "./viewer-fixtures";
import { canvasFingerprint, changedAttr, openStudy, sliceOf, stage } from "./viewer-helpers";

let sample: SampleStudy;

test.beforeAll(() => {
  test.setTimeout(120_000);
  sample = ensureSample();
});

test("/preview lists the sample with planes, counts, scanner and demographics, and opens it", async ({ page }) => {
  const res = await page.goto("/preview");
  expect(res?.status()).toBe(200);
  const card = page.locator("article", { has: page.getByRole("link", { name: /Open in the viewer/ }) }).first();
  await expect(card).toContainText("SYNTHETIC");
  await expect(card).toContainText("Sagittal, Axial");
  await expect(card).toContainText("2 / 35");
  await expect(card).toContainText("Philips");
  await expect(card).toContainText(/\d+ years, (male|female)/);
  await card.getByRole("link", { name: /Open in the viewer/ }).click();
  await expect(page).toHaveURL(new RegExp(`/preview/${sample.id}$`));
  await expect(stage(page)).toHaveAttribute("data-source", "dicom");
  expect((await page.goto("/preview/no-such-study"))?.status()).toBe(404);
});

test("a hard load paints the first slice from its DICOM before the framework's scripts are even requested", async ({
  page,
}) => {
  await openStudy(page, sample.id); // and the viewer then takes over: it hydrated from the deferred scripts
  await expect(page.locator("[data-testid=viewer-stage] canvas")).toHaveAttribute("data-early", "painted");
  const t = await page.evaluate(() => ({
    painted: performance.getEntriesByName("viewer:first-dicom-slice").map((m) => ({
      startTime: m.startTime,
      detail: (m as PerformanceMark).detail as unknown,
    }))[0],
    chunks: performance
      .getEntriesByType("resource")
      .filter((r) => r.name.includes("/_next/static/chunks/") && r.name.endsWith(".js"))
      .map((r) => r.startTime),
  }));
  expect(t.painted?.detail).toBe("early");
  expect(t.chunks.length).toBeGreaterThan(0);
  expect(Math.min(...t.chunks)).toBeGreaterThanOrEqual(t.painted!.startTime);
});

test("wheel, keys and the slider change the slice", async ({ page }) => {
  await openStudy(page, sample.id);
  expect(await sliceOf(page)).toBe(7); // middle of 15 sagittal slices
  const box = (await stage(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 120);
  await expect(stage(page)).toHaveAttribute("data-slice", "8");
  await page.mouse.wheel(0, -120);
  await expect(stage(page)).toHaveAttribute("data-slice", "7");
  await stage(page).focus();
  for (const [key, slice] of [
    ["ArrowDown", 8],
    ["ArrowUp", 7],
    ["End", 14],
    ["Home", 0],
    ["PageDown", 5],
    ["ArrowRight", 6],
  ] as const) {
    await page.keyboard.press(key);
    await expect(stage(page)).toHaveAttribute("data-slice", String(slice));
  }
  await page.getByLabel("Slice", { exact: true }).fill("3");
  await expect(stage(page)).toHaveAttribute("data-slice", "2");
  await expect(page.getByTestId("slice-readout")).toContainText("Slice 3 of 15");
  await expect(page.getByTestId("slice-readout")).toContainText("mm");
});

test("dragging changes window/level and the pixels; presets and reset", async ({ page }) => {
  await openStudy(page, sample.id);
  const fileWindow = await stage(page).getAttribute("data-window");
  expect(fileWindow).toMatch(/^\d+(\.\d+)?,\d+/);
  const before = await canvasFingerprint(page);
  const box = (await stage(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  const dragged = await changedAttr(page, "data-window", fileWindow);
  expect(await canvasFingerprint(page)).not.toBe(before);
  await expect(page.getByLabel("Window preset")).toHaveValue("custom");
  await page.getByLabel("Window preset").selectOption("full-range");
  await changedAttr(page, "data-window", dragged);
  await page.getByLabel("Window preset").selectOption("t2-spine");
  await expect(stage(page)).toHaveAttribute("data-window", "550,1100");
  await stage(page).focus();
  await page.keyboard.press("r");
  await expect(stage(page)).toHaveAttribute("data-window", fileWindow!);
});

test("zoom and pan by buttons, keys, wheel and drag; reset restores the fit", async ({ page }) => {
  await openStudy(page, sample.id);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(stage(page)).toHaveAttribute("data-zoom", "1.250");
  await stage(page).focus();
  await page.keyboard.press("+");
  await expect(stage(page)).toHaveAttribute("data-zoom", "1.563");
  const box = (await stage(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -100);
  await page.keyboard.up("Control");
  await expect.poll(async () => Number(await stage(page).getAttribute("data-zoom"))).toBeGreaterThan(2);
  const pixels = await canvasFingerprint(page);
  await page.getByRole("button", { name: "Pan", exact: true }).click();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 50, box.y + box.height / 2 + 30, { steps: 4 });
  await page.mouse.up();
  await expect(stage(page)).not.toHaveAttribute("data-pan", "0,0");
  expect(await canvasFingerprint(page)).not.toBe(pixels);
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(stage(page)).toHaveAttribute("data-zoom", "1.000");
  await expect(stage(page)).toHaveAttribute("data-pan", "0,0");
});

test("cine plays at the chosen rate, loops and pauses; space toggles it", async ({ page }) => {
  // The page's clock is Playwright's: while it is paused, animation frames and timers run only as far as the test
  // advances it, so the slices cine steps through depend on the rate alone, not on how busy the machine is.
  await page.clock.install();
  await openStudy(page, sample.id);
  await expect(stage(page)).toHaveAttribute("data-loaded", "15");
  const advanceOver = async (ms: number) => {
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5_000);
    await settled(page);
    const from = await sliceOf(page);
    await page.clock.runFor(ms);
    await settled(page);
    return ((await sliceOf(page)) - from + 15) % 15;
  };
  await page.getByLabel("Cine frame rate").selectOption("10");
  await page.getByRole("button", { name: "Play cine" }).click();
  await expect(stage(page)).toHaveAttribute("data-cine", "on");
  // 10 fps for 1.3 s: 13 steps, give or take the frame the last one falls on.
  expect([12, 13]).toContain(await advanceOver(1_300));
  await page.clock.resume();
  await page.getByLabel("Cine frame rate").selectOption("30");
  // 30 fps for 0.7 s: 21 steps, past the end of the 15 slices and round again (6 or 5 on from the start).
  expect([5, 6]).toContain(await advanceOver(700));
  await page.clock.resume();
  await page.getByRole("button", { name: "Pause cine" }).click();
  await expect(stage(page)).toHaveAttribute("data-cine", "off");
  // Paused: however far the clock runs, the slice stays.
  expect(await advanceOver(2_000)).toBe(0);
  await page.clock.resume();
  await stage(page).focus();
  await page.keyboard.press(" ");
  await expect(stage(page)).toHaveAttribute("data-cine", "on");
  await page.keyboard.press(" ");
  await expect(stage(page)).toHaveAttribute("data-cine", "off");
});

/** Lets React render what the controller changed: a task queued after the ones its scheduler queued (no timers). */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => {
        let rounds = 0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (++rounds >= 3 ? done() : channel.port2.postMessage(0));
        channel.port2.postMessage(0);
      }),
  );

test("the axial series loads completely from its thumbnail", async ({ page }) => {
  await openStudy(page, sample.id);
  await page.getByTestId("series-thumb").filter({ hasText: "Axial" }).click();
  await expect(page.getByTestId("slice-readout")).toContainText("of 20");
  await expect(stage(page)).toHaveAttribute("data-loaded", "20");
  await expect(stage(page)).toHaveAttribute("data-source", "dicom");
  await expect(page.getByTestId("series-thumb").filter({ hasText: "Axial" })).toHaveAttribute("aria-pressed", "true");
});

test("a file that cannot be decoded shows its JPG with the reason", async ({ page }) => {
  const broken = sample.sagittal[7]!; // the middle slice, the one the viewer opens on
  await page.route(`**/api/preview/instances/${broken}/dicom`, (route) =>
    route.fulfill({ status: 200, contentType: "application/dicom", body: Buffer.from("this is not a DICOM file") }),
  );
  await page.goto(`/preview/${sample.id}`);
  await expect(stage(page)).toHaveAttribute("data-source", "jpg");
  await expect(page.getByRole("status").filter({ hasText: "Showing the JPG" })).toBeVisible();
  await stage(page).focus();
  await page.keyboard.press("ArrowDown"); // the next slice decodes normally
  await expect(stage(page)).toHaveAttribute("data-source", "dicom");
});

test("the report is beside the images and served inline as a PDF", async ({ page, request }) => {
  await openStudy(page, sample.id);
  const link = page.getByRole("link", { name: "Open the report (PDF)" });
  const href = (await link.getAttribute("href"))!;
  const res = await request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["content-disposition"]).toMatch(/^inline/);
  expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
  // It opens readable: in a dialog across most of the window, not in the 20rem column; Escape closes it.
  await page.getByRole("button", { name: "Read the report" }).click();
  const dialog = page.getByRole("dialog", { name: "Radiologist report" });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('iframe[title="Radiologist report (PDF)"]')).toHaveAttribute("src", href);
  const frame = (await dialog.locator("iframe").boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(frame.width).toBeGreaterThan(viewport.width * 0.7);
  expect(frame.height).toBeGreaterThan(viewport.height * 0.7);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

for (const size of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the first view of a ${size.width}x${size.height} window holds the image, the slice slider and the main tools`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openStudy(page, sample.id);
    const inView = async (name: string, box: { y: number; height: number; x: number; width: number } | null) => {
      expect(box, name).not.toBeNull();
      expect(box!.y + box!.height, `${name} ends below the first view`).toBeLessThanOrEqual(size.height);
      expect(box!.x + box!.width, `${name} is cut off on the right`).toBeLessThanOrEqual(size.width);
    };
    await inView("image", await stage(page).boundingBox());
    expect((await stage(page).boundingBox())!.width).toBeGreaterThanOrEqual(Math.min(320, size.width - 40));
    await inView("slider", await page.getByLabel("Slice", { exact: true }).boundingBox());
    for (const name of ["Window", "Scroll", "Pan", "Zoom in", "Zoom out", "Reset"]) {
      await inView(name, await page.getByRole("button", { name, exact: true }).boundingBox());
    }
  });
}

test("the metadata panel shows acquisition details and no identifying attribute", async ({ page }) => {
  await openStudy(page, sample.id);
  const panel = page.getByTestId("metadata-panel");
  await expect(panel).toContainText("Philips");
  await expect(panel).toContainText("Transfer syntax");
  const keywords = await panel
    .locator("[data-keyword]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-keyword")!));
  expect(keywords.length).toBeGreaterThan(10);
  const phi = new Set(PHI_ATTRIBUTES.map(([, k]) => k));
  expect(keywords.filter((k) => phi.has(k))).toEqual([]);
  const text = await panel.innerText();
  expect(text).not.toMatch(/\b(19|20)\d{6}\b/); // no DICOM dates
  expect(text).not.toMatch(/\b\d+(\.\d+){4,}\b/); // no UIDs
});

test("the image box is keyboard focusable with a visible focus ring and documented keys", async ({ page }) => {
  await openStudy(page, sample.id);
  await page.getByLabel("Slice", { exact: true }).focus();
  await page.keyboard.press("Shift+Tab"); // the image box comes just before the slider in tab order
  await expect(stage(page)).toBeFocused();
  const ring = await stage(page).evaluate((el) => getComputedStyle(el).boxShadow);
  expect(ring).not.toBe("none");
  await page.getByText("Keyboard, mouse and touch controls").click();
  await expect(page.locator("#viewer-keys")).toContainText("Page Up");
});
