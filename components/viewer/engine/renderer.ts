// Draws the current slice into the visible canvas: DICOM frames through the display pipeline into an offscreen
// canvas at native size (redone only when the slice, window or inversion changes), then scaled with zoom and pan.
import { renderToRgba } from "@/lib/dicom/pixels/display";
import type { Window } from "@/lib/dicom/pixels/voi";
import type { DecodedSlice } from "../decode/protocol";
import { imagePlacement, type Size, type Viewport } from "./viewport";

export class Renderer {
  private readonly ctx: CanvasRenderingContext2D;
  private readonly source = document.createElement("canvas");
  private readonly sourceCtx: CanvasRenderingContext2D;
  private rgba: Uint8ClampedArray | undefined;
  private sourceKey = "";
  private box: Size = { width: 1, height: 1 };
  private dpr = 1;

  constructor(private readonly canvas: HTMLCanvasElement) {
    this.ctx = canvas.getContext("2d", { alpha: false })!;
    this.sourceCtx = this.source.getContext("2d")!;
  }

  /** Match the backing store to the box's CSS size and the screen's pixel ratio; true when it changed. */
  resize(box: Size, dpr: number): boolean {
    const w = Math.max(1, Math.round(box.width * dpr));
    const h = Math.max(1, Math.round(box.height * dpr));
    this.box = box;
    this.dpr = dpr;
    if (this.canvas.width === w && this.canvas.height === h) return false;
    this.canvas.width = w;
    this.canvas.height = h;
    return true;
  }

  get boxSize(): Size {
    return this.box;
  }

  /** Renders `slice` with `window` (ignored for colour) unless the offscreen copy already shows exactly that. */
  private prepare(key: string, slice: DecodedSlice, window: Window | null, invert: boolean): void {
    const k = `${key}|${window?.center}|${window?.width}|${invert}`;
    if (k === this.sourceKey) return;
    const { frame, params } = slice;
    this.rgba = renderToRgba(
      frame,
      {
        rescaleSlope: params.rescaleSlope,
        rescaleIntercept: params.rescaleIntercept,
        modalityLut: params.modalityLut,
        window: window ?? undefined,
        voiFunction: params.voiFunction,
        palette: params.palette,
        invert,
      },
      this.rgba,
    );
    if (this.source.width !== frame.columns || this.source.height !== frame.rows) {
      this.source.width = frame.columns;
      this.source.height = frame.rows;
    }
    this.sourceCtx.putImageData(
      new ImageData(this.rgba as Uint8ClampedArray<ArrayBuffer>, frame.columns, frame.rows),
      0,
      0,
    );
    this.sourceKey = k;
  }

  drawSlice(
    key: string,
    slice: DecodedSlice,
    window: Window | null,
    invert: boolean,
    vp: Viewport,
    fine: boolean,
  ): void {
    this.prepare(key, slice, window, invert);
    this.blit(this.source, { width: slice.frame.columns, height: slice.frame.rows }, vp, fine);
  }

  /** A JPG rendering (fallback or placeholder): no windowing, same zoom and pan. */
  drawImage(img: HTMLImageElement, vp: Viewport, fine: boolean): void {
    this.blit(img, { width: img.naturalWidth, height: img.naturalHeight }, vp, fine);
  }

  /**
   * `fine` selects high-quality resampling. Without a GPU it costs ~30 ms a frame at 720 px, so the controller draws
   * bilinear while the image moves (60 fps) and redraws fine once it has been still for a moment.
   */
  private blit(src: CanvasImageSource, size: Size, vp: Viewport, fine: boolean): void {
    const { ctx, dpr } = this;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#000";
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    const p = imagePlacement(vp, size, this.box);
    ctx.imageSmoothingEnabled = p.scale < 3; // past 3x show pixels as pixels, as diagnostic viewers do
    ctx.imageSmoothingQuality = fine ? "high" : "low";
    ctx.setTransform(p.scale * dpr, 0, 0, p.scale * dpr, p.x * dpr, p.y * dpr);
    ctx.drawImage(src, 0, 0);
  }
}
