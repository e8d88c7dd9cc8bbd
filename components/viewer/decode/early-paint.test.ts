import { describe, expect, it } from "vitest";
import { renderToRgba } from "@/lib/dicom/pixels/display";
import { buildPart10, mrDataset, TS_IMPLICIT_LE } from "@/lib/dicom/test-utils/build-dicom";
import { decodeSlice, parseSlice } from "./slice";
import { earlyDecode, earlyPaintScript } from "./early-paint";

const ROWS = 48;
const COLS = 64;

const ab = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** A deterministic "image" with a few outliers, so percentile and full-range windows differ. */
function pixels16(signed = false): ArrayBuffer {
  const px = signed ? new Int16Array(ROWS * COLS) : new Uint16Array(ROWS * COLS);
  for (let i = 0; i < px.length; i++) px[i] = ((i * 37) % 1400) - (signed ? 500 : 0);
  px[5] = signed ? -2000 : 4000;
  return px.buffer;
}

/** What the viewer draws for this file: its decode, the "file" window mode, the renderer's display options. */
async function viewerRgba(bytes: ArrayBuffer): Promise<Uint8ClampedArray> {
  const r = await decodeSlice(parseSlice(bytes), 0);
  if (!r.ok) throw new Error(r.error);
  const { frame, params, values, color } = r.slice;
  const window = color ? null : values.defaultWindow; // the "file" window mode (engine/window-level.ts)
  return renderToRgba(frame, {
    rescaleSlope: params.rescaleSlope,
    rescaleIntercept: params.rescaleIntercept,
    modalityLut: params.modalityLut,
    window: window ?? undefined,
    voiFunction: params.voiFunction,
  });
}

const base = { Rows: ROWS, Columns: COLS, PixelData: [pixels16()] };

const cases: [string, Record<string, unknown>, { transferSyntaxUid?: string }?][] = [
  ["explicit VR LE with the file's window", base],
  ["implicit VR LE", base, { transferSyntaxUid: TS_IMPLICIT_LE }],
  ["no stored window (percentile default)", { ...base, WindowCenter: undefined, WindowWidth: undefined }],
  ["MONOCHROME1", { ...base, PhotometricInterpretation: "MONOCHROME1" }],
  ["12 bits stored in 16 (masked, element by element)", { ...base, BitsStored: 12, HighBit: 11 }],
  [
    "signed, non-integer rescale, no window",
    {
      ...base,
      PixelRepresentation: 1,
      BitsStored: 16,
      HighBit: 15,
      PixelData: [pixels16(true)],
      RescaleSlope: 0.5,
      RescaleIntercept: -3.25,
      WindowCenter: undefined,
      WindowWidth: undefined,
    },
  ],
  [
    "8-bit with a sequence before the pixels",
    {
      ...base,
      BitsAllocated: 8,
      BitsStored: 8,
      HighBit: 7,
      WindowCenter: 100,
      WindowWidth: 120,
      PixelData: [new Uint8Array(ROWS * COLS).map((_, i) => (i * 7) % 256).buffer],
      _vrMap: { PixelData: "OB" },
      ReferencedImageSequence: [
        { ReferencedSOPClassUID: "1.2.840.10008.5.1.4.1.1.4", ReferencedSOPInstanceUID: "1.2.3.4" },
      ],
    },
  ],
];

describe("earlyDecode", () => {
  it.each(cases)("paints what the viewer paints: %s", async (_name, overrides, opts) => {
    const bytes = ab(buildPart10(mrDataset(overrides), opts));
    const early = earlyDecode(bytes);
    expect(early).not.toBeNull();
    expect([early!.rows, early!.cols]).toEqual([ROWS, COLS]);
    const viewer = await viewerRgba(bytes);
    let worst = 0;
    for (let i = 0; i < viewer.length; i++) worst = Math.max(worst, Math.abs(viewer[i]! - early!.rgba[i]!));
    expect(worst).toBe(0);
  });

  it("leaves everything else to the viewer", () => {
    const decline = (o: Record<string, unknown>) => earlyDecode(ab(buildPart10(mrDataset({ ...base, ...o }))));
    expect(decline({ NumberOfFrames: 2, PixelData: [new Uint16Array(ROWS * COLS * 2).buffer] })).toBeNull();
    expect(decline({ VOILUTFunction: "SIGMOID" })).toBeNull();
    expect(
      decline({
        SamplesPerPixel: 3,
        PhotometricInterpretation: "RGB",
        BitsAllocated: 8,
        BitsStored: 8,
        HighBit: 7,
        PlanarConfiguration: 0,
        PixelData: [new Uint8Array(ROWS * COLS * 3).buffer],
        _vrMap: { PixelData: "OB" },
      }),
    ).toBeNull();
    expect(decline({ PixelData: [new Uint16Array(10).buffer] })).toBeNull(); // shorter than the frame
    expect(earlyDecode(new ArrayBuffer(300))).toBeNull(); // no DICM
    expect(earlyDecode(ab(buildPart10(mrDataset(base), { transferSyntaxUid: "1.2.840.10008.1.2.2" })))).toBeNull();
  });
});

describe("earlyPaintScript", () => {
  it("is one self-contained expression that cannot close its <script>", () => {
    const js = earlyPaintScript("/api/preview/instances/a%3C%2Fscript%3E/dicom</script>");
    expect(js).not.toContain("</script>");
    expect(() => new Function(js)).not.toThrow(); // parses on its own: no imports or outer names needed to compile
  });
});
