import { describe, expect, it, vi } from "vitest";
import type { JpgCache } from "./jpg-cache";
import type { Renderer } from "./renderer";
import { ScenePainter } from "./scene-painter";
import type { SeriesLoader, SliceEntry } from "./series-loader";
import { initialState } from "./state";

function setup(entry: SliceEntry) {
  const renderer = { drawSlice: vi.fn(), drawImage: vi.fn() };
  const img = {} as HTMLImageElement;
  const jpgs = { get: () => img, load: () => img } as unknown as JpgCache;
  const loader = {
    entries: [entry, entry, entry],
    slices: [0, 1, 2].map((i) => ({ key: `i${i}`, frame: 0, frames: 1, dicomUrl: `/d${i}`, jpgUrl: `/j${i}` })),
  } as unknown as SeriesLoader;
  const state = { ...initialState(0, 1, 3), source: "jpg" as const };
  const painter = new ScenePainter(renderer as unknown as Renderer, jpgs, () => ({ state, loader }));
  return { renderer, painter, loader, state };
}

describe("ScenePainter and the page's early paint", () => {
  it("keeps the early-painted slice until that slice is decoded: no JPG drawn over it", () => {
    const { renderer, painter, loader, state } = setup({ state: "loading" });
    painter.holdEarlyPaint(0, 1);
    painter.paint(state, loader);
    expect(renderer.drawImage).not.toHaveBeenCalled();
    const ready = { state: "ready", slice: {} } as SliceEntry;
    loader.entries[1] = ready;
    painter.paint({ ...state, source: "dicom" }, loader);
    expect(renderer.drawSlice).toHaveBeenCalledTimes(1);
    painter.dispose();
  });

  it("lets go once the view moves to another slice, or the slice failed and its JPG must show", () => {
    const a = setup({ state: "loading" });
    a.painter.holdEarlyPaint(0, 1);
    a.painter.paint({ ...a.state, sliceIndex: 2 }, a.loader);
    expect(a.renderer.drawImage).toHaveBeenCalledTimes(1);
    a.painter.dispose();
    const b = setup({ state: "failed", error: "bad" });
    b.painter.holdEarlyPaint(0, 1);
    b.painter.paint(b.state, b.loader);
    expect(b.renderer.drawImage).toHaveBeenCalledTimes(1);
    b.painter.dispose();
  });
});
