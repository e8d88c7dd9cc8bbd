// The public JPG of a sample instance, rendered from the DICOM's own pixels (the ones the PHI gate checked) with the
// same decode + window code as the viewer, and encoded by sharp. The vendor's JPG is never served: it is a separate
// image that can carry burned-in text the header does not declare.
import sharp from "sharp";
import type { DataSet } from "dicom-parser";
import { decodeFrame, displayOptionsFrom, readDisplayParams, renderToRgba } from "@/lib/dicom/pixels";

/** Bumped when the rendering changes, so cached copies (ETags) of the old one are not reused. */
export const RENDER_VERSION = "r1";
const QUALITY = 85;

/** Middle frame of a multi-frame instance: the most representative one for a thumbnail. */
const frameFor = (ds: DataSet) => {
  const n = Math.max(1, Number(ds.string("x00280008") ?? 1) || 1);
  return Math.floor((n - 1) / 2);
};

/** JPEG bytes of `dataSet` (parsed, PHI-checked) at its first stored window, or its full range when it has none. */
export async function renderJpeg(dataSet: DataSet): Promise<Buffer> {
  const index = frameFor(dataSet);
  const frame = await decodeFrame(dataSet, dataSet.byteArray, index);
  const params = readDisplayParams(dataSet, index);
  const rgba = renderToRgba(frame, displayOptionsFrom(params, params.windows.length > 0 ? 0 : null));
  const { columns: width, rows: height } = frame;
  const grey = frame.samplesPerPixel === 1 && !(frame.photometric === "PALETTE COLOR" && params.palette);
  if (grey) {
    const y = new Uint8Array(width * height);
    for (let i = 0; i < y.length; i++) y[i] = rgba[i * 4]!;
    return sharp(y, { raw: { width, height, channels: 1 } })
      .toColourspace("b-w")
      .jpeg({ quality: QUALITY })
      .toBuffer();
  }
  return sharp(Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength), { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .jpeg({ quality: QUALITY })
    .toBuffer();
}
