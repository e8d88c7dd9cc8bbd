"use client";

// Drag tool, window presets, inversion, zoom and cine controls: every action the gestures and keys offer, as
// labelled buttons for mouse, touch and assistive technology.
import { WINDOW_PRESETS, type PresetId } from "@/lib/dicom/pixels/presets";
import { CINE_RATES } from "./engine/cine";
import type { ViewerController } from "./engine/controller";
import { ZOOM_STEP } from "./engine/keys";
import type { DragTool, ViewerState } from "./engine/state";
import { STAGE_SIZE } from "./viewer-stage";

const btn =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:text-brand-700 dark:border-slate-700 dark:hover:bg-slate-900 dark:aria-pressed:border-brand-300 dark:aria-pressed:bg-slate-800 dark:aria-pressed:text-brand-300";
const selectClass =
  "min-h-11 rounded-md border border-slate-300 bg-white px-2 text-sm dark:border-slate-700 dark:bg-slate-900";

const TOOLS: [DragTool, string][] = [
  ["window", "Window"],
  ["scroll", "Scroll"],
  ["pan", "Pan"],
];

export function ViewerToolbar({ controller: c, state }: { controller: ViewerController; state: ViewerState }) {
  const mode = state.windowMode;
  const modeValue = mode.kind === "preset" ? mode.id : mode.kind;
  const greyscale = state.source === "dicom" && state.window !== null;
  return (
    <div
      className={`mx-auto mt-2 flex ${STAGE_SIZE} flex-wrap items-center gap-2`}
      role="toolbar"
      aria-label="Viewer tools"
    >
      <div role="group" aria-label="Drag to" className="flex gap-1">
        {TOOLS.map(([tool, label]) => (
          <button
            key={tool}
            type="button"
            className={btn}
            aria-pressed={state.tool === tool}
            onClick={() => c.setTool(tool)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Zoom" className="flex gap-1">
        <button type="button" className={btn} aria-label="Zoom out" onClick={() => c.zoomBy(1 / ZOOM_STEP)}>
          −
        </button>
        <button type="button" className={btn} aria-label="Zoom in" onClick={() => c.zoomBy(ZOOM_STEP)}>
          +
        </button>
        <button type="button" className={btn} onClick={() => c.reset()}>
          Reset
        </button>
      </div>
      <label className="sr-only" htmlFor="viewer-preset">
        Window preset
      </label>
      <select
        id="viewer-preset"
        className={selectClass}
        value={modeValue}
        disabled={!greyscale}
        onChange={(e) => {
          const v = e.currentTarget.value;
          c.setWindowMode(v === "file" ? { kind: "file" } : { kind: "preset", id: v as PresetId });
        }}
      >
        <option value="file">Window: from file</option>
        {WINDOW_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
        {mode.kind === "custom" ? <option value="custom">Custom (dragged)</option> : null}
      </select>
      <button
        type="button"
        className={btn}
        aria-pressed={state.invert}
        onClick={() => c.toggleInvert()}
        disabled={!greyscale}
      >
        Invert
      </button>
      <div role="group" aria-label="Cine" className="flex gap-1">
        <button type="button" className={btn} onClick={() => c.toggleCine()}>
          {state.cine ? "Pause cine" : "Play cine"}
        </button>
        <label className="sr-only" htmlFor="viewer-fps">
          Cine frame rate
        </label>
        <select
          id="viewer-fps"
          className={selectClass}
          value={state.fps}
          onChange={(e) => c.setFps(Number(e.currentTarget.value))}
        >
          {CINE_RATES.map((r) => (
            <option key={r} value={r}>
              {r} fps
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
