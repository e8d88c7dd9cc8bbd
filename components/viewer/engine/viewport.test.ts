import { describe, expect, it } from "vitest";
import { FIT, MAX_ZOOM, MIN_ZOOM, fitScale, imagePlacement, panBy, zoomAt } from "./viewport";

const box = { width: 400, height: 300 };
const image = { width: 384, height: 384 };

describe("viewport", () => {
  it("fits the image to the limiting side and centres it", () => {
    expect(fitScale(image, box)).toBeCloseTo(300 / 384);
    const p = imagePlacement(FIT, image, box);
    expect(p.y).toBeCloseTo(0);
    expect(p.x).toBeCloseTo((400 - 300) / 2);
  });

  it("keeps the point under the cursor fixed while zooming", () => {
    const before = imagePlacement(FIT, image, box);
    const cursor = { x: 250, y: 100 };
    const imgX = (cursor.x - before.x) / before.scale;
    const imgY = (cursor.y - before.y) / before.scale;
    const vp = zoomAt(FIT, 2, cursor.x, cursor.y, box);
    const after = imagePlacement(vp, image, box);
    expect(after.scale).toBeCloseTo(before.scale * 2);
    expect(after.x + imgX * after.scale).toBeCloseTo(cursor.x);
    expect(after.y + imgY * after.scale).toBeCloseTo(cursor.y);
  });

  it("clamps zoom and pans by CSS pixels", () => {
    expect(zoomAt(FIT, 1000, 0, 0, box).zoom).toBe(MAX_ZOOM);
    expect(zoomAt(FIT, 0.0001, 0, 0, box).zoom).toBe(MIN_ZOOM);
    expect(panBy(FIT, 5, -7)).toEqual({ zoom: 1, panX: 5, panY: -7 });
  });

  it("does not divide by zero for an empty image", () => {
    expect(fitScale({ width: 0, height: 0 }, box)).toBe(1);
  });
});
