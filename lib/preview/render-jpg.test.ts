// renderJpeg on real Part 10 files (built with dcmjs, parsed with dicom-parser, encoded by sharp and decoded back):
// the stored window is applied, the full range without one, the middle frame of a multi-frame, and colour stays colour.
import dicomParser from "dicom-parser";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { buildPart10, mrDataset, RGB_8BIT } from "../dicom/test-utils/build-dicom";
import { renderJpeg } from "./render-jpg";

const parse = (bytes: Uint8Array) => dicomParser.parseDicom(bytes);

/** Decoded pixels: grey JPEGs as one byte a pixel (sharp would otherwise expand them to sRGB). */
async function decoded(jpg: Buffer) {
  const meta = await sharp(jpg).metadata();
  const img = meta.channels === 1 ? sharp(jpg).extractChannel(0) : sharp(jpg);
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return { data, info, format: meta.format, channels: meta.channels };
}
const mean = (xs: Uint8Array | Buffer) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** A 16x16 single-frame grey image, every pixel `value`. */
const flat = (value: number, over: Record<string, unknown> = {}) =>
  mrDataset({ Rows: 16, Columns: 16, PixelData: [new Uint16Array(256).fill(value).buffer], ...over });

/** A 16x16 image with no stored window (the renderer has to take one from the pixels), holding `pixels`. */
const unwindowed = (pixels: ArrayBuffer, over: Record<string, unknown> = {}) =>
  mrDataset({ Rows: 16, Columns: 16, WindowCenter: undefined, WindowWidth: undefined, PixelData: [pixels], ...over });

describe("renderJpeg", () => {
  it("renders a grey image as a one-channel JPEG of the image's size", async () => {
    const d = await decoded(await renderJpeg(parse(buildPart10(flat(600)))));
    expect(d.format).toBe("jpeg");
    expect([d.info.width, d.info.height, d.channels, d.data.length]).toEqual([16, 16, 1, 256]);
  });

  it("applies the stored window: below it black, at its centre mid-grey, above it white", async () => {
    // WindowCenter 600, WindowWidth 1200 (mrDataset).
    const at = async (v: number) => mean((await decoded(await renderJpeg(parse(buildPart10(flat(v)))))).data);
    expect(await at(0)).toBeLessThan(8);
    expect(Math.abs((await at(600)) - 128)).toBeLessThan(12);
    expect(await at(1500)).toBeGreaterThan(247);
  });

  it("without a stored window uses the image's full range", async () => {
    const px = new Uint16Array(256).map((_, i) => (i < 128 ? 100 : 4000));
    const ds = unwindowed(px.buffer);
    const d = await decoded(await renderJpeg(parse(buildPart10(ds))));
    expect(mean(d.data.subarray(0, 64))).toBeLessThan(16); // top rows: the minimum, black
    expect(mean(d.data.subarray(192))).toBeGreaterThan(239); // bottom rows: the maximum, white
  });

  it("renders the middle frame of a multi-frame instance", async () => {
    const frames = new Uint16Array(256 * 3);
    frames.fill(0, 0, 256).fill(600, 256, 512).fill(1500, 512);
    const ds = mrDataset({ Rows: 16, Columns: 16, NumberOfFrames: 3, PixelData: [frames.buffer] });
    const d = await decoded(await renderJpeg(parse(buildPart10(ds))));
    expect(Math.abs(mean(d.data) - 128)).toBeLessThan(12);
  });

  it("keeps an RGB image in colour (three channels, red stays red)", async () => {
    const rgb = new Uint8Array(16 * 16 * 3);
    for (let i = 0; i < 256; i++) rgb.set([220, 20, 20], i * 3);
    const ds = unwindowed(rgb.buffer, RGB_8BIT);
    const d = await decoded(await renderJpeg(parse(buildPart10(ds))));
    expect(d.channels).toBe(3);
    const r = mean(d.data.filter((_, i) => i % 3 === 0));
    const g = mean(d.data.filter((_, i) => i % 3 === 1));
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(80);
  });
});
