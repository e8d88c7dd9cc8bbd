// Page helpers shared by the viewer specs: open the sample, read the stage's state, fingerprint the canvas.
import { expect, type Page } from "@playwright/test";

export const stage = (page: Page) => page.getByTestId("viewer-stage");

/** Opens a study and waits until its first slice is drawn from the decoded DICOM (not only the JPG). */
export async function openStudy(page: Page, studyId: string): Promise<void> {
  const res = await page.goto(`/preview/${studyId}`);
  expect(res?.status()).toBe(200);
  await expect(stage(page)).toHaveAttribute("data-source", "dicom");
}

export const sliceOf = async (page: Page) => Number(await stage(page).getAttribute("data-slice"));

/** A cheap fingerprint of what the canvas shows (sum of sampled pixel values). */
export function canvasFingerprint(page: Page): Promise<number> {
  return page.locator("[data-testid=viewer-stage] canvas").evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    for (let i = 0; i < d.length; i += 37) sum += d[i]!;
    return sum;
  });
}

/** Waits for the stage's attribute to differ from `before`, returning the new value. */
export async function changedAttr(page: Page, name: string, before: string | null): Promise<string | null> {
  await expect(stage(page)).not.toHaveAttribute(name, before ?? "");
  return stage(page).getAttribute(name);
}
