// The snapshot the React controls render from; the controller replaces it (never mutates) on every change.
import type { Window } from "@/lib/dicom/pixels/voi";
import { DEFAULT_CINE_FPS } from "./cine";
import type { MetadataEntry } from "../decode/metadata";
import type { SliceEntry } from "./series-loader";
import { FIT, type Viewport } from "./viewport";
import { resolveWindow, type WindowMode } from "./window-level";

export type DragTool = "window" | "scroll" | "pan";

export interface ViewerState {
  seriesIndex: number;
  sliceIndex: number;
  sliceCount: number;
  loaded: number;
  /** What the canvas shows for the current slice. */
  source: "none" | "jpg" | "dicom";
  /** Why the current slice is shown as its JPG (decode failure), if it is. */
  fallbackReason: string | null;
  /** Effective window of the current slice; null for colour images and JPGs. */
  window: Window | null;
  windowMode: WindowMode;
  invert: boolean;
  viewport: Viewport;
  tool: DragTool;
  cine: boolean;
  fps: number;
  metadata: MetadataEntry[];
  transferSyntax: string | null;
}

export function initialState(seriesIndex: number, sliceIndex: number, sliceCount: number): ViewerState {
  return {
    seriesIndex,
    sliceIndex,
    sliceCount,
    loaded: 0,
    source: "none",
    fallbackReason: null,
    window: null,
    windowMode: { kind: "file" },
    invert: false,
    viewport: FIT,
    tool: "window",
    cine: false,
    fps: DEFAULT_CINE_FPS,
    metadata: [],
    transferSyntax: null,
  };
}

/** The fields that follow from the slice in view: what is drawn, with which window, and its details. */
export function deriveSliceState(
  s: Pick<ViewerState, "windowMode">,
  entry: SliceEntry | undefined,
  jpgReady: boolean,
): Pick<ViewerState, "source" | "fallbackReason" | "window" | "metadata" | "transferSyntax"> {
  const ready = entry?.state === "ready" ? entry.slice : null;
  return {
    source: ready ? "dicom" : jpgReady ? "jpg" : "none",
    fallbackReason: entry?.state === "failed" ? entry.error : null,
    window: ready && !ready.color ? resolveWindow(s.windowMode, ready.values) : null,
    metadata: ready ? ready.metadata : entry?.state === "failed" ? (entry.metadata ?? []) : [],
    transferSyntax: ready ? ready.transferSyntax : null,
  };
}
