// Which window a slice is shown with (the file's own, a preset, or the user's), and how a drag changes it.
// Deep imports: the package index pulls in the decoders, which belong in the worker only.
import { presetWindow, type PresetId } from "@/lib/dicom/pixels/presets";
import type { Window } from "@/lib/dicom/pixels/voi";
import type { SliceValues } from "../decode/slice-values";

/** "file" = each slice's stored window (or a robust default); presets and "custom" apply to the whole series. */
export type WindowMode = { kind: "file" } | { kind: "preset"; id: PresetId } | { kind: "custom"; window: Window };

export function resolveWindow(mode: WindowMode, slice: SliceValues): Window {
  if (mode.kind === "custom") return mode.window;
  if (mode.kind === "preset") return presetWindow(mode.id, slice.range, slice.integer);
  return slice.defaultWindow;
}

/**
 * Window after dragging (dx, dy) CSS px from `start`: right widens (less contrast), down raises the level (darker),
 * as in most PACS viewers. Dragging across the whole box sweeps the slice's full value range, so the feel is the
 * same for 8-bit and 16-bit data.
 */
export function dragWindow(start: Window, dx: number, dy: number, slice: SliceValues, boxSize: number): Window {
  const span = Math.max(slice.range.max - slice.range.min, slice.integer ? 1 : Number.EPSILON);
  const perPx = span / Math.max(boxSize, 1);
  let width = Math.max(slice.integer ? 1 : Number.EPSILON, start.width + dx * perPx);
  let center = start.center + dy * perPx;
  if (slice.integer) {
    width = Math.max(1, Math.round(width));
    center = Math.round(center);
  }
  return { center, width };
}

export function windowLabel(w: Window): string {
  const fmt = (v: number) => (Math.abs(v) >= 100 || Number.isInteger(v) ? Math.round(v).toString() : v.toPrecision(3));
  return `W ${fmt(w.width)} L ${fmt(w.center)}`;
}
