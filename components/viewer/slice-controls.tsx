"use client";

// The stack slider and the slice/position readout under the image.
import type { ViewerStudy } from "@/lib/preview/get-sample-study";
import type { ViewerController } from "./engine/controller";
import type { ViewerState } from "./engine/state";
import { instanceAt } from "./series-refs";
import { STAGE_SIZE } from "./viewer-stage";

export function sliceReadout(study: ViewerStudy, state: ViewerState): string {
  const at = instanceAt(study, state.seriesIndex, state.sliceIndex);
  const loc = at?.instance.sliceLocation;
  const frame = at && at.instance.frames > 1 ? `, frame ${at.frame + 1}` : "";
  const where = loc !== null && loc !== undefined ? `, location ${loc.toFixed(1)} mm` : "";
  return `Slice ${state.sliceIndex + 1} of ${state.sliceCount}${frame}${where}`;
}

export function SliceControls({
  controller,
  state,
  study,
}: {
  controller: ViewerController;
  state: ViewerState;
  study: ViewerStudy;
}) {
  const readout = sliceReadout(study, state);
  return (
    <div className={`mx-auto mt-2 ${STAGE_SIZE}`}>
      <div className="flex items-center gap-3">
        <label htmlFor="viewer-slice" className="text-sm font-medium">
          Slice
        </label>
        <input
          id="viewer-slice"
          type="range"
          min={1}
          max={Math.max(1, state.sliceCount)}
          step={1}
          value={state.sliceIndex + 1}
          aria-valuetext={readout}
          onChange={(e) => controller.setSlice(Number(e.currentTarget.value) - 1)}
          className="h-11 min-w-0 flex-1 accent-brand-600 dark:accent-brand-300"
        />
      </div>
      <p className="flex flex-wrap justify-between gap-x-4 text-sm tabular-nums text-slate-700 dark:text-slate-300">
        <span data-testid="slice-readout">{readout}</span>
        <span>
          {state.loaded < state.sliceCount
            ? `Loading ${state.loaded}/${state.sliceCount}`
            : `All ${state.sliceCount} slices loaded`}
        </span>
      </p>
    </div>
  );
}
