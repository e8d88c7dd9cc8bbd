// Window presets: fixed MR T2 spine / soft tissue values, full range from min/max, and percentile windows.
import { describe, expect, it } from "vitest";
import { renderToRgba } from "./display";
import { WINDOW_PRESETS, percentileWindow, presetWindow } from "./presets";
import type { DecodedFrame } from "./types";

describe("window presets", () => {
  it("offers T2 spine, soft tissue and full range", () => {
    expect(WINDOW_PRESETS.map((p) => p.id)).toEqual(["t2-spine", "soft-tissue", "full-range"]);
    expect(presetWindow("t2-spine", { min: 0, max: 4095 })).toEqual({ center: 550, width: 1100 });
    expect(presetWindow("soft-tissue", { min: 0, max: 4095 })).toEqual({ center: 300, width: 600 });
  });

  it("full range spans min..max exactly", () => {
    expect(presetWindow("full-range", { min: -100, max: 899 })).toEqual({ center: 400, width: 1000 });
    expect(presetWindow("full-range", { min: 0, max: 0.5 }, false)).toEqual({ center: 0.25, width: 0.5 });
  });

  it("full range renders the frame's min black and max white", () => {
    const frame: DecodedFrame = {
      rows: 1,
      columns: 3,
      samplesPerPixel: 1,
      photometric: "MONOCHROME2",
      bitsAllocated: 16,
      bitsStored: 12,
      pixelRepresentation: 0,
      planarConfiguration: 0,
      pixels: Uint16Array.from([37, 1000, 2917]),
    };
    const rgba = renderToRgba(frame, { window: presetWindow("full-range", { min: 37, max: 2917 }) });
    expect([rgba[0], rgba[8]]).toEqual([0, 255]);
  });

  it("percentile window ignores the brightest and darkest 1%", () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    values[100] = 60000; // one hot pixel
    expect(percentileWindow(values)).toEqual({ center: 50.5, width: 99 });
  });
});
