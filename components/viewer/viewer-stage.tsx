"use client";

// The focusable, fixed-aspect image box: the canvas the engine draws into, the JPG shown before the first draw,
// and the corner readouts. Its data-* attributes expose the view state to tests and the benchmark.
import { useEffect, useRef } from "react";
import type { ViewerStudy } from "@/lib/preview/get-sample-study";
import { previewUrls } from "@/lib/preview/urls";
import type { ViewerController } from "./engine/controller";
import { bindGestures } from "./engine/gestures";
import type { ViewerState } from "./engine/state";
import { windowLabel } from "./engine/window-level";
import { instanceAt, planeLabel } from "./series-refs";

/**
 * Width (= height) of the square image box, shared by the slider and toolbar under it: the whole width on a phone,
 * and at most the window's height less the page header, title and the controls below it (~23rem), so the image, the
 * slider and the first row of tools are all in the first view of a 1280x900 window.
 */
export const STAGE_SIZE = "max-w-[min(100%,max(20rem,calc(100svh-23rem)))]";

/** Element Timing (not in React's types): the benchmark reads when the first slice's JPG is painted. */
const ELEMENT_TIMING = { elementtiming: "viewer-first-slice" } as Record<string, string>;

export function ViewerStage({
  controller,
  state,
  study,
}: {
  controller: ViewerController;
  state: ViewerState;
  study: ViewerStudy;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const box = boxRef.current!;
    const detach = controller.attach(canvasRef.current!, box);
    const unbind = bindGestures(box, controller);
    return () => {
      unbind();
      detach();
    };
  }, [controller]);

  const series = study.series[state.seriesIndex];
  const at = instanceAt(study, state.seriesIndex, state.sliceIndex);
  const placeholder = state.source === "none" && at?.instance.hasJpg ? previewUrls.jpg(at.instance.id) : null;
  const w = state.window;
  return (
    <div
      ref={boxRef}
      tabIndex={0}
      role="application"
      aria-roledescription="DICOM image viewer"
      aria-label={`${planeLabel(series?.plane ?? null)} series image`}
      aria-describedby="viewer-keys"
      data-testid="viewer-stage"
      data-slice={state.sliceIndex}
      data-source={state.source}
      data-window={w ? `${w.center},${w.width}` : ""}
      data-zoom={state.viewport.zoom.toFixed(3)}
      data-pan={`${Math.round(state.viewport.panX)},${Math.round(state.viewport.panY)}`}
      data-loaded={state.loaded}
      data-cine={state.cine ? "on" : "off"}
      className={`relative mx-auto aspect-square w-full ${STAGE_SIZE} cursor-crosshair touch-none select-none overflow-hidden rounded-lg bg-black outline-none focus-visible:ring-4 focus-visible:ring-brand-400`}
    >
      {placeholder ? (
        // eslint-disable-next-line @next/next/no-img-element -- a plain <img> is the fastest first paint of a server file
        <img
          src={placeholder}
          alt=""
          fetchPriority="high"
          {...ELEMENT_TIMING}
          className="absolute inset-0 h-full w-full object-contain"
        />
      ) : null}
      <canvas
        ref={canvasRef}
        aria-hidden="true"
        className={`absolute inset-0 h-full w-full ${state.source === "none" ? "invisible" : ""}`}
      />
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-0 flex flex-col justify-between p-2 font-mono text-xs text-white [text-shadow:0_1px_2px_#000]"
      >
        <div className="flex justify-between gap-2">
          <span className="truncate">{series?.description ?? planeLabel(series?.plane ?? null)}</span>
          <span>
            {state.sliceIndex + 1}/{state.sliceCount}
          </span>
        </div>
        <div className="flex justify-between gap-2">
          <span>
            {state.source === "jpg" ? "JPG" : w ? windowLabel(w) : state.source === "dicom" ? "colour" : "loading…"}
          </span>
          <span>{state.viewport.zoom === 1 ? "fit" : `${state.viewport.zoom.toFixed(1)}×`}</span>
        </div>
      </div>
      {state.fallbackReason ? (
        <p role="status" className="absolute inset-x-2 bottom-8 rounded bg-amber-100 px-2 py-1 text-xs text-amber-950">
          Showing the JPG: this file could not be decoded ({state.fallbackReason}).
        </p>
      ) : null}
    </div>
  );
}
