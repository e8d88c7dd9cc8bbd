// Other transfer syntaxes and layouts checked against pydicom's published reference values (pixels_reference.py).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDicom } from "dicom-parser";
import { describe, expect, it } from "vitest";
import { decodeFrame } from "./decode-frame";
import { CORPUS_DIR, HAS_CORPUS, loadCorpusFile } from "./test-corpus";
import { at, decode, F, firstDifference, rgb, rowSlice } from "./test-frames";

describe.skipIf(!HAS_CORPUS)("other transfer syntaxes and layouts (pydicom reference values)", () => {
  const bands: [number, number[]][] = [
    [5, [255, 0, 0]],
    [15, [255, 128, 128]],
    [25, [0, 255, 0]],
    [35, [128, 255, 128]],
    [45, [0, 0, 255]],
    [55, [128, 128, 255]],
    [65, [0, 0, 0]],
    [75, [64, 64, 64]],
    [85, [192, 192, 192]],
    [95, [255, 255, 255]],
  ];

  it("RLE RGB 8-bit, 2 frames: colour bands, second frame inverted", async () => {
    const f0 = await decode("debian-python3-pydicom/SC_rgb_rle_2frame.dcm", 0);
    const f1 = await decode("debian-python3-pydicom/SC_rgb_rle_2frame.dcm", 1);
    for (const [row, c] of bands) {
      expect(rgb(f0, row, 50)).toEqual(c);
      expect(rgb(f1, row, 50)).toEqual(c.map((v) => 255 - v));
    }
  });

  it("RLE RGB 16-bit: bands scaled by 257", async () => {
    const f = await decode("debian-python3-pydicom/SC_rgb_rle_16bit_2frame.dcm");
    expect(f.pixels).toBeInstanceOf(Uint16Array);
    for (const [row, c] of bands) expect(rgb(f, row, 50)).toEqual(c.map((v) => v * 257));
  });

  it("JPEG baseline YBR_FULL is converted to RGB by the codec (pydicom's YBR->RGB values)", async () => {
    const f = await decode("debian-python3-pydicom/SC_rgb_jpeg_dcmtk.dcm");
    expect(f.photometric).toBe("RGB");
    const expected = [
      [254, 0, 0],
      [255, 127, 127],
      [0, 255, 5],
      [129, 255, 129],
      [0, 0, 254],
      [128, 127, 255],
      [0, 0, 0],
      [64, 64, 64],
      [192, 192, 192],
      [255, 255, 255],
    ];
    expect(bands.map(([row]) => rgb(f, row, 50))).toEqual(expected);
  });

  it("JPEG extended 12-bit", async () => {
    const f = await decode("debian-python3-pydicom/JPGExtended.dcm");
    expect(f.pixels).toBeInstanceOf(Uint16Array);
    expect([at(f, 420, 140), at(f, 230, 120)]).toEqual([244, 95]);
  });

  it("JPEG lossless SV1 8-bit", async () => {
    const f = await decode("pydicom-data/JPGLosslessP14SV1_1s_1f_8b.dcm");
    expect(rowSlice(f, 300, 512, 520)).toEqual([26, 26, 25, 22, 19, 16, 14, 15]);
    expect(rowSlice(f, 600, 512, 520)).toEqual([45, 43, 41, 38, 33, 30, 26, 21]);
  });

  it("J2K unsigned codestream under PixelRepresentation 1 is sign-extended", async () => {
    const f = await decode("debian-python3-pydicom/J2K_pixelrep_mismatch.dcm");
    expect(at(f, 0, 0)).toBe(-2000);
    expect(Array.from({ length: 10 }, (_, i) => at(f, 47 + i, 279))).toEqual([
      621, 412, 138, -193, -520, -767, -907, -966, -988, -995,
    ]);
    expect(Array.from({ length: 10 }, (_, i) => at(f, 328 + i, 106))).toEqual([
      -377, -121, 141, 383, 633, 910, 1198, 1455, 1638, 1732,
    ]);
  });

  it("J2K YBR_RCT with a JP2 header comes out RGB", async () => {
    const f = await decode("debian-python3-pydicom/GDCMJ2K_TextGBR.dcm");
    expect(f.photometric).toBe("RGB");
    expect([rgb(f, 45, 140), rgb(f, 46, 140), rgb(f, 350, 195)]).toEqual([
      [223, 32, 32],
      [255, 0, 0],
      [128, 128, 128],
    ]);
  });

  it("JPEG-LS signed 15-bit keeps negative values", async () => {
    const f = await decode("pydicom-data/JLSL_16_15_1_1F.dcm");
    expect(f.pixels).toBeInstanceOf(Int16Array);
    let min = 0;
    for (const v of f.pixels) min = Math.min(min, v);
    expect(min).toBeLessThan(-10000);
    expect(min).toBeGreaterThanOrEqual(-16384);
  });

  it("HTJ2K RGB decodes", async () => {
    const f = await decode("pydicom-data/HTJ2K_08_RGB.dcm");
    expect([f.photometric, f.samplesPerPixel, f.pixels.length]).toEqual(["RGB", 3, 480 * 640 * 3]);
  });

  it("1-bit SEG, 3 frames", async () => {
    const f0 = await decode("pydicom-data/liver.dcm", 0);
    const f1 = await decode("pydicom-data/liver.dcm", 1);
    const f2 = await decode("pydicom-data/liver.dcm", 2);
    expect([rowSlice(f0, 155, 180, 183), rowSlice(f0, 155, 310, 314), rowSlice(f0, 254, 304, 310)]).toEqual([
      [0, 1, 1],
      [1, 0, 1, 0],
      [1, 0, 0, 1, 1, 0],
    ]);
    expect([at(f1, 256, 256), rowSlice(f1, 146, 253, 261)]).toEqual([1, [0, 1, 1, 1, 1, 1, 0, 1]]);
    expect([rowSlice(f2, 147, 248, 254), rowSlice(f2, 364, 137, 145)]).toEqual([
      [0, 1, 0, 1, 1, 1],
      [0, 1, 0, 1, 1, 0, 0, 1],
    ]);
  });

  it("32-bit RT dose, frames 1, 8, 15", async () => {
    const f0 = await decode("debian-python3-pydicom/rtdose.dcm", 0);
    const f7 = await decode("debian-python3-pydicom/rtdose.dcm", 7);
    const f14 = await decode("debian-python3-pydicom/rtdose.dcm", 14);
    expect(f0.pixels).toBeInstanceOf(Uint32Array);
    expect([rowSlice(f0, 0, 0, 3), rowSlice(f0, 4, 3, 6), rowSlice(f0, 9, 7, 10)]).toEqual([
      [1249000, 1249000, 1250000],
      [1031000, 1029000, 1027000],
      [803000, 801000, 798000],
    ]);
    expect(rowSlice(f7, 0, 0, 3)).toEqual([1253000, 1253000, 1249000]);
    expect(rowSlice(f14, 9, 7, 10)).toEqual([801000, 800000, 799000]);
  });

  it("RGB with odd-length pixel data", async () => {
    const f = await decode("debian-python3-pydicom/SC_rgb_small_odd.dcm");
    expect([rgb(f, 0, 0), rgb(f, 1, 2), rgb(f, 2, 1)]).toEqual([
      [166, 141, 52],
      [63, 87, 176],
      [158, 158, 158],
    ]);
  });

  it("RLE palette colour indices", async () => {
    const f = await decode("pydicom-data/OBXXXX1A_rle.dcm");
    expect([f.photometric, at(f, 0, 0), at(f, 0, 799), rowSlice(f, 300, 491, 494), at(f, 599, 0)]).toEqual([
      "PALETTE COLOR",
      244,
      244,
      [1, 246, 1],
      0,
    ]);
  });

  it("big endian 8-bit planar RGB keeps its planar layout", async () => {
    const f = await decode("debian-python3-pydicom/ExplVR_BigEnd.dcm");
    expect([f.photometric, f.planarConfiguration, f.pixels.length]).toEqual(["RGB", 1, 60 * 80 * 3]);
  });

  it("float pixel data decodes to Float32Array", async () => {
    const f = await decode("pydicom-data/parametric_map_float.dcm");
    expect(f.pixels).toBeInstanceOf(Float32Array);
    expect(f.pixels[0]).toBeCloseTo(0.9201278, 6);
  });
});

describe.skipIf(!HAS_CORPUS)("deflated explicit VR little endian", () => {
  const file = path.join(CORPUS_DIR, F, "debian-python3-pydicom/image_dfl.dcm");

  it("pako inflater matches pydicom reference values", async () => {
    const f = await decode("debian-python3-pydicom/image_dfl.dcm");
    expect(rowSlice(f, 300, 255, 263)).toEqual([138, 65, 65, 65, 65, 35, 35, 35]);
    const row10 = rowSlice(f, 10, 0, 512);
    expect([Math.min(...row10), Math.max(...row10)]).toEqual([41, 255]);
  });

  it("pako inflater and dicom-parser's Node zlib path give identical pixels", async () => {
    // Without an inflater dicom-parser uses Node's zlib, which needs a Buffer.
    const viaZlib = parseDicom(readFileSync(file));
    const viaPako = loadCorpusFile(F + "debian-python3-pydicom/image_dfl.dcm");
    const a = await decodeFrame(viaZlib, viaZlib.byteArray, 0);
    const b = await decodeFrame(viaPako, viaPako.byteArray, 0);
    expect(firstDifference(a.pixels, b.pixels)).toBe(-1);
  });
});
