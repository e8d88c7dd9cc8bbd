// Puts the current scene on the canvas: the decoded slice, else its JPG. Draws bilinear at once and again with fine
// resampling once nothing has changed for SETTLE_MS (not during cine); a scene already on the canvas at the same or
// better quality is never drawn again, so slices arriving in the background cost the main thread nothing.
import type { JpgCache } from "./jpg-cache";
import type { Renderer } from "./renderer";
import type { SeriesLoader } from "./series-loader";
import type { ViewerState } from "./state";

const SETTLE_MS = 150;

export class ScenePainter {
  private drawn = { scene: "", fine: false };
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private marked = { any: false, dicom: false };
  /** The page's inline script already painted this slice's DICOM (early-paint.ts): no JPG may cover it. */
  private hold: { series: number; slice: number } | null = null;

  constructor(
    private readonly renderer: Renderer,
    private readonly jpgs: JpgCache,
    private readonly current: () => { state: ViewerState; loader: SeriesLoader },
  ) {}

  /** Forget what is on the canvas (it was resized, hence cleared). */
  invalidate(): void {
    this.drawn = { scene: "", fine: false };
  }

  holdEarlyPaint(series: number, slice: number): void {
    this.hold = { series, slice };
  }

  dispose(): void {
    clearTimeout(this.settleTimer);
  }

  paint(s: ViewerState, loader: SeriesLoader, fine = false): void {
    const scene = [
      s.seriesIndex,
      s.sliceIndex,
      s.source,
      s.window?.center,
      s.window?.width,
      s.invert,
      s.viewport.zoom,
      s.viewport.panX,
      s.viewport.panY,
    ].join("|");
    if (scene === this.drawn.scene && (this.drawn.fine || !fine)) return;
    const entry = loader.entries[s.sliceIndex];
    const ref = loader.slices[s.sliceIndex];
    let kind: "jpg" | "dicom" | null = null;
    const held =
      this.hold !== null &&
      this.hold.series === s.seriesIndex &&
      this.hold.slice === s.sliceIndex &&
      s.viewport.zoom === 1 &&
      s.viewport.panX === 0 &&
      s.viewport.panY === 0;
    // Until the slice is decoded (or has failed, and its JPG must show with the reason) the early paint stays.
    if (held && entry?.state !== "ready" && entry?.state !== "failed") return;
    this.hold = null;
    if (entry?.state === "ready" && ref) {
      this.renderer.drawSlice(`${ref.key}#${ref.frame}`, entry.slice, s.window, s.invert, s.viewport, fine);
      kind = "dicom";
    } else if (ref?.jpgUrl) {
      const img = this.jpgs.get(ref.jpgUrl) ?? this.jpgs.load(ref.jpgUrl);
      if (img) this.renderer.drawImage(img, s.viewport, fine);
      if (img) kind = "jpg";
    }
    if (!kind) return;
    this.mark(kind);
    this.drawn = { scene, fine };
    clearTimeout(this.settleTimer);
    if (!fine && !s.cine) {
      this.settleTimer = setTimeout(() => {
        const now = this.current();
        this.paint(now.state, now.loader, true);
      }, SETTLE_MS);
    }
  }

  /** Performance marks the benchmark and tests read: first slice of any kind, first decoded DICOM slice. */
  private mark(kind: "jpg" | "dicom"): void {
    const seen = (name: string) => performance.getEntriesByName(name).length > 0; // the early paint may have marked
    if (!this.marked.any && !seen("viewer:first-slice")) performance.mark("viewer:first-slice", { detail: kind });
    this.marked.any = true;
    if (kind === "dicom" && !this.marked.dicom && !seen("viewer:first-dicom-slice"))
      performance.mark("viewer:first-dicom-slice");
    if (kind === "dicom") this.marked.dicom = true;
  }
}
