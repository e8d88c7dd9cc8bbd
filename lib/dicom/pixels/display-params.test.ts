// Display attributes read from real files: rescale, windows (incl. enhanced per-frame groups), Modality LUT and palette.
import { describe, expect, it } from "vitest";
import { decodeFrame } from "./decode-frame";
import { renderToRgba } from "./display";
import { displayOptionsFrom, readDisplayParams } from "./display-params";
import { HAS_CORPUS, loadCorpusFile } from "./test-corpus";

const F = "valid/files/";

describe.skipIf(!HAS_CORPUS)("readDisplayParams", () => {
  it("rescale and window from the top level", () => {
    const p = readDisplayParams(loadCorpusFile(F + "debian-python3-nibabel/decimal_rescale.dcm"));
    expect([p.rescaleSlope, p.rescaleIntercept, p.windows]).toEqual([2, -4096, [{ center: 272, width: 846 }]]);
  });

  it("multiple windows in file order", () => {
    const p = readDisplayParams(loadCorpusFile(F + "debian-python3-pydicom/J2K_pixelrep_mismatch.dcm"));
    expect(p.windows).toEqual([
      { center: 40, width: 100 },
      { center: 40, width: 100 },
      { center: 40, width: 200 },
    ]);
  });

  it("enhanced MR: rescale and per-frame windows from the functional groups", () => {
    const ds = loadCorpusFile(F + "dcm_qa_enh/Philips_IM_0027_fMAP.dcm");
    const first = readDisplayParams(ds, 0);
    const second = readDisplayParams(ds, 1);
    expect(first.rescaleSlope).toBeCloseTo(1.27985347985347, 12);
    expect([first.windows, second.windows]).toEqual([[{ center: 959, width: 1667 }], [{ center: 1078, width: 1874 }]]);
  });

  it("Modality LUT Sequence with a signed first mapped value", () => {
    const lut = readDisplayParams(loadCorpusFile(F + "pydicom-data/mlut_18.dcm")).modalityLut!;
    expect([lut.firstMapped, lut.data.length, Array.from(lut.data).slice(0, 4), lut.data[4095]]).toEqual([
      -2048,
      4096,
      [0, 16, 32, 48],
      65535,
    ]);
  });

  it("no window: full range options", () => {
    const p = readDisplayParams(loadCorpusFile(F + "debian-python3-pydicom/CT_small.dcm"));
    expect([p.rescaleIntercept, p.windows]).toEqual([-1024, []]);
    expect(displayOptionsFrom(p).window).toBeUndefined();
  });

  it("palette colour file renders through its 16-bit palette", async () => {
    const ds = loadCorpusFile(F + "pydicom-data/OBXXXX1A_rle.dcm");
    const p = readDisplayParams(ds);
    const red = p.palette!.red;
    expect([red.firstMapped, red.bits, red.data.length]).toEqual([0, 16, 256]);
    const frame = await decodeFrame(ds, ds.byteArray, 0);
    const rgba = renderToRgba(frame, displayOptionsFrom(p));
    const expected = (stored: number) => [
      p.palette!.red.data[stored]! >> 8,
      p.palette!.green.data[stored]! >> 8,
      p.palette!.blue.data[stored]! >> 8,
      255,
    ];
    const px = (row: number, col: number) =>
      Array.from(rgba.subarray((row * 800 + col) * 4, (row * 800 + col) * 4 + 4));
    expect([px(0, 0), px(300, 491), px(300, 492)]).toEqual([expected(244), expected(1), expected(246)]);
    expect(px(300, 491)).not.toEqual(px(300, 492));
  });
});

describe.skipIf(!HAS_CORPUS)("end to end", () => {
  it("the nine dcm_qa_ts files render identically with their stored window", async () => {
    let reference: Uint8ClampedArray | undefined;
    for (let n = 1; n <= 9; n++) {
      const ds = loadCorpusFile(`${F}dcm_qa_ts/${n}.dcm`);
      const p = readDisplayParams(ds);
      expect(p.windows[0]).toEqual({ center: 763, width: 1639 });
      const rgba = renderToRgba(await decodeFrame(ds, ds.byteArray, 0), displayOptionsFrom(p));
      reference ??= rgba;
      expect([n, rgba.every((v, i) => v === reference![i])]).toEqual([n, true]);
    }
    const levels = new Set<number>();
    for (let i = 0; i < reference!.length; i += 4) levels.add(reference![i]!);
    expect(levels.size).toBeGreaterThan(200); // a windowed image uses most grey levels
  });

  it("MONOCHROME1 CR renders as the inverse of the same data shown as MONOCHROME2", async () => {
    const ds = loadCorpusFile("valid/dicomdir/pydicom-dicomdirtests/77654033/CR1/6154");
    const frame = await decodeFrame(ds, ds.byteArray, 0);
    expect(frame.photometric).toBe("MONOCHROME1");
    const options = displayOptionsFrom(readDisplayParams(ds));
    const m1 = renderToRgba(frame, options);
    const m2 = renderToRgba({ ...frame, photometric: "MONOCHROME2" }, options);
    expect(m1.every((v, i) => (i % 4 === 3 ? v === 255 : v === 255 - m2[i]!))).toBe(true);
  });
});
