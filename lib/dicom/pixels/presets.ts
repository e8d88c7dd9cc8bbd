// Window presets offered by the viewer; fixed values suit MR T2 lumbar spine on the usual 12-bit scale, full range adapts to each frame.
import type { Window } from "./voi";
import { fullRangeWindow } from "./voi";

export type PresetId = "t2-spine" | "soft-tissue" | "full-range";

export interface WindowPreset {
  id: PresetId;
  label: string;
  /** Fixed window in modality units; absent for presets computed from the frame. */
  window?: Window;
  description: string;
}

export const WINDOW_PRESETS: readonly WindowPreset[] = [
  {
    id: "t2-spine",
    label: "T2 spine",
    // 0..1100: CSF near white, discs and cord mid-grey, muscle dark, on typical Siemens/GE T2 TSE lumbar scaling.
    window: { center: 550, width: 1100 },
    description: "MR T2 lumbar spine: CSF bright, disc hydration and cord visible",
  },
  {
    id: "soft-tissue",
    label: "Soft tissue",
    // 0..600: spreads muscle, fat and disc annulus; fluid saturates to white.
    window: { center: 300, width: 600 },
    description: "Narrower window for paraspinal muscle, fat and disc detail",
  },
  { id: "full-range", label: "Full range", description: "Whole value range of the current frame, min to max" },
];

/** Window for a preset; `range` is the frame's modality-value min/max (used by full range). */
export function presetWindow(id: PresetId, range: { min: number; max: number }, integer = true): Window {
  const preset = WINDOW_PRESETS.find((p) => p.id === id);
  if (preset?.window) return preset.window;
  return fullRangeWindow(range.min, range.max, integer);
}

/**
 * Window spanning the lo..hi quantiles of the values (default 1%..99%): a robust default for MR files
 * that carry no window, where a few very bright pixels would make full range look dark.
 */
export function percentileWindow(values: ArrayLike<number>, lo = 0.01, hi = 0.99): Window {
  const n = values.length;
  if (n === 0) return { center: 0, width: 1 };
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  const at = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))))]!;
  const a = at(lo),
    b = at(hi);
  return fullRangeWindow(a, b, Number.isInteger(a) && Number.isInteger(b));
}
