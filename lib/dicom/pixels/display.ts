// Pure display pipeline: decoded frame + display options -> RGBA bytes for a canvas ImageData (grey, palette or colour).
import { renderColor } from "./color";
import { renderGray } from "./gray";
import { renderPalette, type PaletteLut } from "./palette";
import type { DecodedFrame } from "./types";
import type { LutTable, VoiFunction, Window } from "./voi";

export interface DisplayOptions {
  /** Modality LUT (Rescale Slope/Intercept); defaults 1 and 0. */
  rescaleSlope?: number;
  rescaleIntercept?: number;
  /** Modality LUT Sequence table; replaces slope/intercept when set. */
  modalityLut?: LutTable;
  /** Window in modality units; undefined shows the frame's full range. */
  window?: Window;
  voiFunction?: VoiFunction;
  /** User inversion, applied on top of MONOCHROME1's own inversion. */
  invert?: boolean;
  /** Required to render PALETTE COLOR frames in colour (otherwise they render as grey). */
  palette?: PaletteLut;
}

/**
 * Render `frame` to RGBA (alpha 255), reusing `out` when it has the right length.
 * Monochrome frames go through modality LUT -> VOI -> MONOCHROME1 inversion; PALETTE COLOR through the palette;
 * 3-sample frames (RGB, or YBR_FULL/YBR_FULL_422 the codec left unconverted, interleaved or planar) directly.
 */
export function renderToRgba(
  frame: DecodedFrame,
  options: DisplayOptions = {},
  out?: Uint8ClampedArray,
): Uint8ClampedArray {
  const n = frame.rows * frame.columns;
  const rgba = out && out.length === n * 4 && out.byteOffset % 4 === 0 ? out : new Uint8ClampedArray(n * 4);
  const out32 = new Uint32Array(rgba.buffer, rgba.byteOffset, n);
  if (frame.pixels.length < n * frame.samplesPerPixel)
    throw new Error("Frame has fewer samples than rows x columns x samples");
  if (frame.samplesPerPixel >= 3) {
    renderColor(frame, out32);
  } else if (frame.photometric === "PALETTE COLOR" && options.palette) {
    renderPalette(frame, options.palette, out32);
  } else {
    const slope = options.rescaleSlope;
    renderGray(
      frame,
      {
        modality: {
          slope: slope !== undefined && Number.isFinite(slope) && slope !== 0 ? slope : 1,
          intercept:
            options.rescaleIntercept !== undefined && Number.isFinite(options.rescaleIntercept)
              ? options.rescaleIntercept
              : 0,
          lut: options.modalityLut,
        },
        window:
          options.window && options.window.width > 0 && Number.isFinite(options.window.center)
            ? options.window
            : undefined,
        voiFunction: options.voiFunction,
        invert: (frame.photometric === "MONOCHROME1") !== (options.invert === true),
      },
      out32,
    );
  }
  return rgba;
}

export { effectiveWindow, modalityRange } from "./gray";
export { fullRangeWindow, modalityValue, voiValue, type LutTable, type VoiFunction, type Window } from "./voi";
export { planarToInterleaved, ybrFullToRgb } from "./color";
export { buildPaletteLut, type PaletteLut, type PaletteChannel } from "./palette";
