// The viewer's engine: owns the state snapshot, the series loaders and the renderer, and draws at most once per
// animation frame however many inputs arrive. React renders controls from the snapshot; the canvas never waits on React.
import type { Window } from "@/lib/dicom/pixels/voi";
import type { Decoder } from "../decode/client";
import { cineSteps, wrapIndex } from "./cine";
import { JpgCache } from "./jpg-cache";
import { Renderer } from "./renderer";
import { ScenePainter } from "./scene-painter";
import { middleIndex } from "./stack";
import { SeriesLoader, type EarlySlice, type SliceRef } from "./series-loader";
import { deriveSliceState, initialState, type DragTool, type ViewerState } from "./state";
import { clampZoom, FIT, zoomAt, type Viewport } from "./viewport";
import type { SliceValues } from "../decode/slice-values";
import { dragWindow, type WindowMode } from "./window-level";

const LOADED_REFRESH_MS = 250;

export interface ControllerSeries {
  slices: SliceRef[];
}

export class ViewerController {
  private state: ViewerState;
  private readonly listeners = new Set<() => void>();
  private readonly loaders = new Map<number, SeriesLoader>();
  private readonly jpgs = new JpgCache(() => this.refresh());
  private renderer: Renderer | undefined;
  private painter: ScenePainter | undefined;
  private raf = 0;
  private cineDue = 0;
  private loadedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly series: readonly ControllerSeries[],
    private readonly decoder: Decoder,
    private readonly early?: EarlySlice,
    seriesIndex = 0,
  ) {
    const count = series[seriesIndex]?.slices.length ?? 0;
    this.state = initialState(seriesIndex, middleIndex(count), count);
  }

  subscribe = (fn: () => void) => (this.listeners.add(fn), () => void this.listeners.delete(fn));
  getSnapshot = () => this.state;

  /** Bind to the canvas (called once mounted); returns the cleanup. Loading starts here, not during server render. */
  attach(canvas: HTMLCanvasElement, box: HTMLElement): () => void {
    performance.mark("viewer:attached");
    const renderer = new Renderer(canvas);
    const painter = new ScenePainter(renderer, this.jpgs, () => ({ state: this.state, loader: this.loader() }));
    // The canvas is the engine's from now on; if the page's inline script painted the first slice, keep it on
    // screen until the engine draws that slice itself (see early-paint.ts).
    canvas.dataset.viewer = "attached";
    if (canvas.dataset.early === "painted") painter.holdEarlyPaint(this.state.seriesIndex, this.state.sliceIndex);
    this.renderer = renderer;
    this.painter = painter;
    const fit = () => {
      if (!renderer.resize({ width: box.clientWidth, height: box.clientHeight }, window.devicePixelRatio || 1)) return;
      painter.invalidate(); // a resized canvas is blank
      this.draw();
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(box);
    this.loader().focus(this.state.sliceIndex);
    // On touch screens a one-finger swipe means "next image" to most people; window/level stays one tap away.
    this.refresh(window.matchMedia?.("(pointer: coarse)").matches ? { tool: "scroll" } : {});
    return () => {
      ro.disconnect();
      cancelAnimationFrame(this.raf);
      painter.dispose();
      clearTimeout(this.loadedTimer);
      this.loadedTimer = undefined;
      this.raf = 0;
      this.renderer = undefined;
      this.painter = undefined;
      for (const l of this.loaders.values()) l.dispose();
      this.loaders.clear();
    };
  }

  private loader(index = this.state.seriesIndex): SeriesLoader {
    let l = this.loaders.get(index);
    if (!l) {
      l = new SeriesLoader(
        this.series[index]?.slices ?? [],
        this.decoder,
        (i) => index === this.state.seriesIndex && this.onLoaded(i),
        this.early,
      );
      this.loaders.set(index, l);
    }
    return l;
  }

  /**
   * A slice finished loading. The one in view refreshes at once; background slices only move the "loaded" count,
   * so they are coalesced into one refresh per LOADED_REFRESH_MS instead of re-rendering the controls per slice.
   */
  private onLoaded(index: number): void {
    if (index === this.state.sliceIndex) return this.refresh();
    this.loadedTimer ??= setTimeout(() => {
      this.loadedTimer = undefined;
      this.refresh();
    }, LOADED_REFRESH_MS);
  }

  /** Values of the current slice when it is a decoded greyscale DICOM frame. */
  currentValues(): SliceValues | null {
    const e = this.loader().entries[this.state.sliceIndex];
    return e?.state === "ready" && !e.slice.color ? e.slice.values : null;
  }

  /** Recompute what depends on the current slice, publish the snapshot, schedule a draw. */
  private refresh(patch: Partial<ViewerState> = {}): void {
    const s = { ...this.state, ...patch };
    const loader = this.loader(s.seriesIndex);
    const ref = loader.slices[s.sliceIndex];
    Object.assign(
      s,
      deriveSliceState(s, loader.entries[s.sliceIndex], ref?.jpgUrl ? this.jpgs.get(ref.jpgUrl) !== null : false),
    );
    s.loaded = loader.loadedCount;
    this.state = s;
    for (const fn of this.listeners) fn();
    this.requestDraw();
  }

  private requestDraw(): void {
    if (!this.raf && this.renderer) this.raf = requestAnimationFrame(this.frame);
  }

  private frame = (now: number): void => {
    this.raf = 0;
    if (this.state.cine) {
      const { steps, last } = cineSteps(this.cineDue, now, this.state.fps);
      this.cineDue = last;
      if (steps) this.setSlice(wrapIndex(this.state.sliceIndex + steps, this.state.sliceCount));
      this.requestDraw();
    }
    this.draw();
  };

  private draw(): void {
    const loader = this.loader();
    this.painter?.paint(this.state, loader);
    // The slice in view is on the canvas (or failed, and its JPG stands in): after this frame is shown, load the rest.
    const shown = this.state.source === "dicom" || this.state.fallbackReason !== null;
    if (shown && !loader.prefetching) requestAnimationFrame(() => loader.allowPrefetch());
  }

  // ---- actions (UI, keys, gestures) ----

  selectSeries(index: number): void {
    if (index === this.state.seriesIndex || !this.series[index]) return;
    this.loader().pause();
    const count = this.series[index]!.slices.length;
    const windowMode: WindowMode = this.state.windowMode.kind === "custom" ? { kind: "file" } : this.state.windowMode;
    this.refresh({ seriesIndex: index, sliceIndex: middleIndex(count), sliceCount: count, viewport: FIT, windowMode });
    this.loader().focus(this.state.sliceIndex);
  }

  setSlice(index: number): void {
    const i = Math.min(this.state.sliceCount - 1, Math.max(0, Math.round(index)));
    if (i === this.state.sliceIndex || Number.isNaN(i)) return;
    this.loader().focus(i);
    this.refresh({ sliceIndex: i });
  }

  step(delta: number): void {
    this.setSlice(this.state.sliceIndex + delta);
  }

  setWindowMode(windowMode: WindowMode): void {
    this.refresh({ windowMode });
  }

  /** Window from a drag of (dx, dy) CSS px that started at `start`; no-op for colour images and JPGs. */
  dragWindow(start: Window, dx: number, dy: number): void {
    const values = this.currentValues();
    if (!values || !this.renderer) return;
    const box = this.renderer.boxSize;
    this.setWindowMode({ kind: "custom", window: dragWindow(start, dx, dy, values, Math.min(box.width, box.height)) });
  }

  setViewport(viewport: Viewport): void {
    this.refresh({ viewport: { ...viewport, zoom: clampZoom(viewport.zoom) } });
  }

  /** Zoom about a point of the box (CSS px), or its centre. */
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    const box = this.renderer?.boxSize ?? { width: 1, height: 1 };
    this.setViewport(zoomAt(this.state.viewport, factor, at?.x ?? box.width / 2, at?.y ?? box.height / 2, box));
  }

  boxSize() {
    return this.renderer?.boxSize ?? { width: 1, height: 1 };
  }

  reset(): void {
    this.refresh({ viewport: FIT, windowMode: { kind: "file" }, invert: false });
  }

  toggleInvert(): void {
    this.refresh({ invert: !this.state.invert });
  }

  toggleCine(): void {
    this.cineDue = performance.now();
    this.refresh({ cine: !this.state.cine });
  }

  setFps(fps: number): void {
    this.refresh({ fps });
  }

  setTool(tool: DragTool): void {
    this.refresh({ tool });
  }
}
