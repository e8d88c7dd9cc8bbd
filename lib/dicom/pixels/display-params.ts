// Reads rescale, window, VOI function, Modality LUT and palette from a DataSet (incl. enhanced multi-frame functional groups).
import type { DataSet, Element } from "dicom-parser";
import type { DisplayOptions } from "./display";
import type { PaletteChannel, PaletteLut } from "./palette";
import type { LutTable, VoiFunction, Window } from "./voi";

export interface DisplayParams {
  rescaleSlope: number;
  rescaleIntercept: number;
  modalityLut?: LutTable;
  /** Windows stored in the file (Window Center/Width pairs), first = default. */
  windows: Window[];
  voiFunction: VoiFunction;
  palette?: PaletteLut;
}

function firstItem(ds: DataSet | undefined, tag: string, index = 0): DataSet | undefined {
  return ds?.elements[tag]?.items?.[index]?.dataSet;
}

/** Datasets to search, most specific first: per-frame group item, shared group, then the top level. */
function scopes(ds: DataSet, frameIndex: number, sequence: string): DataSet[] {
  const perFrame = firstItem(firstItem(ds, "x52009230", frameIndex), sequence);
  const shared = firstItem(firstItem(ds, "x52009229"), sequence);
  return [perFrame, shared, ds].filter((d): d is DataSet => d !== undefined);
}

function numbers(ds: DataSet, tag: string): number[] {
  const count = ds.elements[tag] ? (ds.numStringValues(tag) ?? 0) : 0;
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(ds.floatString(tag, i) ?? NaN);
  return out;
}

function words(ds: DataSet, el: Element, count: number, bits: number): number[] {
  const out: number[] = [];
  const byteEntries = bits <= 8 && el.length < count * 2; // conformant 8-bit data: one byte per entry
  for (let i = 0; i < count; i++) {
    out.push(
      byteEntries
        ? ds.byteArray[el.dataOffset + i]!
        : ds.byteArrayParser.readUint16(ds.byteArray, el.dataOffset + 2 * i),
    );
  }
  return out;
}

/** LUT Descriptor + Data: entries (0 = 65536), first stored value mapped (signed for signed data), bits per entry. */
function readLut(ds: DataSet, descriptorTag: string, dataTag: string, signed: boolean): PaletteChannel | undefined {
  const desc = ds.elements[descriptorTag];
  const data = ds.elements[dataTag];
  if (!desc || !data || desc.length < 6) return undefined;
  const entries = ds.uint16(descriptorTag, 0) || 65536;
  let first = ds.uint16(descriptorTag, 1) ?? 0;
  if ((signed || desc.vr === "SS") && first > 32767) first -= 65536;
  const bits = ds.uint16(descriptorTag, 2) ?? 16;
  const count = Math.min(entries, bits <= 8 && data.length < entries * 2 ? data.length : Math.floor(data.length / 2));
  if (count <= 0) return undefined;
  return { firstMapped: first, bits, data: words(ds, data, count, bits) };
}

export function readDisplayParams(ds: DataSet, frameIndex = 0): DisplayParams {
  const signed = ds.uint16("x00280103") === 1;
  const rescale = scopes(ds, frameIndex, "x00289145").find((d) => d.elements.x00281053 || d.elements.x00281052);
  const slope = rescale?.floatString("x00281053");
  const intercept = rescale?.floatString("x00281052");
  const voi = scopes(ds, frameIndex, "x00289132").find((d) => d.elements.x00281050 && d.elements.x00281051);
  const centers = voi ? numbers(voi, "x00281050") : [];
  const widths = voi ? numbers(voi, "x00281051") : [];
  const windows = centers
    .map((center, i) => ({ center, width: widths[i] ?? NaN }))
    .filter((w) => Number.isFinite(w.center) && Number.isFinite(w.width) && w.width > 0);
  const fn = voi?.string("x00281056")?.trim().toUpperCase();
  const mlutItem = firstItem(ds, "x00283000");
  const mlut = mlutItem ? readLut(mlutItem, "x00283002", "x00283006", signed) : undefined;
  const red = readLut(ds, "x00281101", "x00281201", signed);
  const green = readLut(ds, "x00281102", "x00281202", signed);
  const blue = readLut(ds, "x00281103", "x00281203", signed);
  return {
    rescaleSlope: slope !== undefined && Number.isFinite(slope) && slope !== 0 ? slope : 1,
    rescaleIntercept: intercept !== undefined && Number.isFinite(intercept) ? intercept : 0,
    modalityLut: mlut ? { firstMapped: mlut.firstMapped, data: mlut.data } : undefined,
    windows,
    voiFunction: fn === "LINEAR_EXACT" || fn === "SIGMOID" ? fn : "LINEAR",
    palette: red && green && blue ? { red, green, blue } : undefined,
  };
}

/** Display options for a file's own settings; `windowIndex` picks among stored windows, `null` = full range. */
export function displayOptionsFrom(params: DisplayParams, windowIndex: number | null = 0): DisplayOptions {
  return {
    rescaleSlope: params.rescaleSlope,
    rescaleIntercept: params.rescaleIntercept,
    modalityLut: params.modalityLut,
    window: windowIndex === null ? undefined : params.windows[windowIndex],
    voiFunction: params.voiFunction,
    palette: params.palette,
  };
}
