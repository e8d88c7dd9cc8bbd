// Decoded pixels must be identical across the lossless transfer syntaxes of one image, and match pydicom's published values.
import { describe, expect, it } from "vitest";
import { HAS_CORPUS, readManifest } from "./test-corpus";
import { at, decode, F, firstDifference, rowSlice } from "./test-frames";

describe.skipIf(!HAS_CORPUS)("dcm_qa_ts: one image in nine transfer syntaxes", () => {
  it("the manifest marks all nine as lossless", () => {
    const rows = readManifest().filter((r) => r.path.startsWith(F + "dcm_qa_ts/"));
    expect(rows).toHaveLength(9);
    for (const r of rows) expect(r.notes).not.toMatch(/lossy/i);
  });

  it("decodes 2..9 to exactly the pixels of 1.dcm (explicit LE)", async () => {
    const ref = await decode("dcm_qa_ts/1.dcm");
    expect(ref.pixels).toBeInstanceOf(Uint16Array);
    let nonZero = 0;
    for (const v of ref.pixels) if (v > 0) nonZero++;
    expect(nonZero).toBeGreaterThan(ref.pixels.length / 4); // a real image, not blank
    for (let n = 2; n <= 9; n++) {
      const other = await decode(`dcm_qa_ts/${n}.dcm`);
      expect([n, other.rows, other.columns]).toEqual([n, 384, 384]);
      expect([n, firstDifference(other.pixels, ref.pixels)]).toEqual([n, -1]);
    }
  });
});

describe.skipIf(!HAS_CORPUS)("signed 16-bit MR_small in seven encodings (pydicom reference values)", () => {
  const files = [
    "MR_small.dcm",
    "MR_small_implicit.dcm",
    "MR_small_bigendian.dcm",
    "MR_small_RLE.dcm",
    "MR_small_jp2klossless.dcm",
    "MR_small_jpeg_ls_lossless.dcm",
    "MR_small_padded.dcm",
  ];
  it.each(files)("%s", async (file) => {
    const f = await decode(`debian-python3-pydicom/${file}`);
    expect(f.pixels).toBeInstanceOf(Int16Array);
    expect(rowSlice(f, 0, 31, 34)).toEqual([422, 319, 361]);
    expect(rowSlice(f, 31, 0, 3)).toEqual([366, 363, 322]);
    expect(rowSlice(f, 63, 61, 64)).toEqual([1369, 1129, 862]);
    const ref = await decode("debian-python3-pydicom/MR_small.dcm");
    expect(firstDifference(f.pixels, ref.pixels)).toBe(-1);
  });
  it("JPEG-LS column values", async () => {
    const f = await decode("debian-python3-pydicom/MR_small_jpeg_ls_lossless.dcm");
    expect(Array.from({ length: 9 }, (_, i) => at(f, 55 + i, 35))).toEqual([
      170, 193, 191, 373, 1293, 2053, 1879, 1683, 1711,
    ]);
  });
});

describe.skipIf(!HAS_CORPUS)("multi-frame emri_small (10 frames) in four encodings", () => {
  const files = [
    "emri_small.dcm",
    "emri_small_big_endian.dcm",
    "emri_small_RLE.dcm",
    "emri_small_jpeg_2k_lossless.dcm",
  ];
  it.each(files)("%s frames 1, 5 and 10 match the reference", async (file) => {
    const expected: Record<number, number[][]> = {
      0: [
        [206, 197, 159],
        [49, 78, 128],
        [362, 219, 135],
      ],
      4: [
        [67, 82, 44],
        [37, 41, 17],
        [225, 380, 355],
      ],
      9: [
        [72, 86, 69],
        [25, 4, 9],
        [227, 300, 147],
      ],
    };
    for (const [index, [a, b, c]] of Object.entries(expected)) {
      const f = await decode(`pydicom-data/${file}`, Number(index));
      expect([index, rowSlice(f, 0, 31, 34), rowSlice(f, 31, 0, 3), rowSlice(f, 63, 61, 64)]).toEqual([index, a, b, c]);
    }
  });
});
