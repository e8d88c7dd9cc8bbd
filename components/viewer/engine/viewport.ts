// Zoom and pan of the image inside the canvas box, as pure math: the renderer and the gesture code share it.

/** zoom is relative to "fit" (1 = whole image visible); pan is the image centre's offset from the box centre, CSS px. */
export interface Viewport {
  zoom: number;
  panX: number;
  panY: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 16;
export const FIT: Viewport = { zoom: 1, panX: 0, panY: 0 };

export const clampZoom = (z: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));

/** CSS px per image pixel at zoom 1: the whole image fits the box, aspect preserved. */
export function fitScale(image: Size, box: Size): number {
  if (image.width <= 0 || image.height <= 0) return 1;
  return Math.min(box.width / image.width, box.height / image.height);
}

/** Scale and top-left offset (CSS px) at which to draw the image: ctx.setTransform(scale, 0, 0, scale, x, y). */
export function imagePlacement(vp: Viewport, image: Size, box: Size): { scale: number; x: number; y: number } {
  const scale = fitScale(image, box) * vp.zoom;
  return {
    scale,
    x: box.width / 2 + vp.panX - (image.width * scale) / 2,
    y: box.height / 2 + vp.panY - (image.height * scale) / 2,
  };
}

/** Zoom by `factor` keeping the image point under (px, py) (box CSS px) where it is, as a map does under the cursor. */
export function zoomAt(vp: Viewport, factor: number, px: number, py: number, box: Size): Viewport {
  const zoom = clampZoom(vp.zoom * factor);
  const k = zoom / vp.zoom;
  const cx = px - box.width / 2;
  const cy = py - box.height / 2;
  return { zoom, panX: cx - (cx - vp.panX) * k, panY: cy - (cy - vp.panY) * k };
}

export function panBy(vp: Viewport, dx: number, dy: number): Viewport {
  return { ...vp, panX: vp.panX + dx, panY: vp.panY + dy };
}
