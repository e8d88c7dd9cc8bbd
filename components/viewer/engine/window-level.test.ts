import { describe, expect, it } from "vitest";
import type { SliceValues } from "../decode/slice-values";
import { dragWindow, resolveWindow, windowLabel } from "./window-level";

const slice: SliceValues = { defaultWindow: { center: 635, width: 1196 }, range: { min: 0, max: 1023 }, integer: true };

describe("resolveWindow", () => {
  it("uses the slice's own window in file mode", () => {
    expect(resolveWindow({ kind: "file" }, slice)).toEqual({ center: 635, width: 1196 });
  });
  it("uses fixed presets and computes full range from the slice", () => {
    expect(resolveWindow({ kind: "preset", id: "t2-spine" }, slice)).toEqual({ center: 550, width: 1100 });
    expect(resolveWindow({ kind: "preset", id: "full-range" }, slice)).toEqual({ center: 512, width: 1024 });
  });
  it("keeps a custom window", () => {
    expect(resolveWindow({ kind: "custom", window: { center: 1, width: 2 } }, slice)).toEqual({ center: 1, width: 2 });
  });
});

describe("dragWindow", () => {
  const start = { center: 500, width: 1000 };
  it("widens to the right and raises the level downwards, a box-wide drag sweeping the range", () => {
    expect(dragWindow(start, 100, 0, slice, 100)).toEqual({ center: 500, width: 2023 });
    expect(dragWindow(start, 0, 50, slice, 100)).toEqual({ center: 1012, width: 1000 });
  });
  it("never lets the width reach zero", () => {
    expect(dragWindow(start, -10_000, 0, slice, 100).width).toBe(1);
    const float = { ...slice, integer: false, range: { min: 0, max: 1 } };
    expect(dragWindow({ center: 0.5, width: 0.1 }, -100, 0, float, 100).width).toBeGreaterThan(0);
  });
  it("formats a readout", () => {
    expect(windowLabel({ center: 635, width: 1196 })).toBe("W 1196 L 635");
    expect(windowLabel({ center: 0.25, width: 0.5 })).toBe("W 0.500 L 0.250");
  });
});
