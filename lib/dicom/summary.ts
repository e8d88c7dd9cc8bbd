// Extracts the typed DicomSummary from a parsed data set (with Enhanced MR functional-group fallbacks), never throwing.
import type { DataSet, Element } from "dicom-parser";
import { transferSyntax } from "./transfer-syntax";
import type { DicomSummary, PixelDataInfo } from "./types";

export const MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10";

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

export function str(ds: DataSet, tag: string): string | null {
  const v = safe(() => ds.string(tag));
  return v === undefined || v === "" ? null : v.replace(/\0+$/g, "").trim() || null;
}

function num(v: number | undefined): number | null {
  return v === undefined || !Number.isFinite(v) ? null : v;
}

export function uint16(ds: DataSet, tag: string): number | null {
  const el = ds.elements[tag];
  if (!el || el.length < 2) return null;
  return num(safe(() => ds.uint16(tag)));
}

/** Finds the data set holding `tag`: the top level, else an item of the shared or first per-frame functional group. */
function holder(ds: DataSet, tag: string): DataSet | undefined {
  if (ds.elements[tag]) return ds;
  for (const fg of ["x52009229", "x52009230"]) {
    const frame = ds.elements[fg]?.items?.[0]?.dataSet;
    if (!frame) continue;
    for (const seq of Object.values(frame.elements)) {
      const inner = seq.items?.[0]?.dataSet;
      if (inner?.elements[tag]) return inner;
    }
  }
  return undefined;
}

function ds1(ds: DataSet, tag: string, index = 0): number | null {
  const h = holder(ds, tag);
  return h ? num(safe(() => h.floatString(tag, index))) : null;
}

function dsN(ds: DataSet, tag: string, n: number): number[] | null {
  const h = holder(ds, tag);
  if (!h) return null;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = num(safe(() => h.floatString(tag, i)));
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

function int(ds: DataSet, tag: string): number | null {
  const v = str(ds, tag);
  if (v === null || !/^[+-]?\d+$/.test(v)) return null;
  return Number(v);
}

const PIXEL_TAGS: [string, PixelDataInfo["keyword"], string][] = [
  ["x7fe00010", "PixelData", "(7FE0,0010)"],
  ["x7fe00008", "FloatPixelData", "(7FE0,0008)"],
  ["x7fe00009", "DoubleFloatPixelData", "(7FE0,0009)"],
];

function pixelData(ds: DataSet, byteSource: PixelDataInfo["byteSource"]): PixelDataInfo | null {
  for (const [tag, keyword, tagText] of PIXEL_TAGS) {
    const el: Element | undefined = ds.elements[tag];
    if (!el) continue;
    return {
      keyword,
      tag: tagText,
      offset: el.dataOffset,
      length: el.length,
      encapsulated: el.encapsulatedPixelData === true,
      fragments: (el.fragments ?? []).map((f) => ({ offset: f.position, length: f.length })),
      basicOffsetTable: el.basicOffsetTable ?? [],
      byteSource,
    };
  }
  return null;
}

/** Typed summary of the attributes the importer and viewer need. */
export function extractSummary(ds: DataSet, transferSyntaxUid: string, inflated = false): DicomSummary {
  const sopClassUid = str(ds, "x00080016") ?? str(ds, "x00020002");
  // The leading integer, as dcmtk and the decoder (dicom-parser intString) read "1A"; validate-pixels warns about it.
  const framesText = /^[+-]?\d+/.exec(str(ds, "x00280008") ?? "")?.[0];
  const frames = framesText === undefined ? null : Number(framesText);
  return {
    sopClassUid,
    sopInstanceUid: str(ds, "x00080018") ?? str(ds, "x00020003"),
    studyInstanceUid: str(ds, "x0020000d"),
    seriesInstanceUid: str(ds, "x0020000e"),
    transferSyntaxUid,
    transferSyntaxName: transferSyntax(transferSyntaxUid)?.name ?? null,
    isDicomdir: sopClassUid === MEDIA_STORAGE_DIRECTORY || ds.elements.x00041220 !== undefined,
    modality: str(ds, "x00080060"),
    manufacturer: str(ds, "x00080070"),
    manufacturerModelName: str(ds, "x00081090"),
    magneticFieldStrength: ds1(ds, "x00180087"),
    seriesDescription: str(ds, "x0008103e"),
    seriesNumber: int(ds, "x00200011"),
    instanceNumber: int(ds, "x00200013"),
    rows: uint16(ds, "x00280010"),
    columns: uint16(ds, "x00280011"),
    numberOfFrames: frames !== null && frames > 0 ? frames : 1,
    samplesPerPixel: uint16(ds, "x00280002"),
    photometricInterpretation: str(ds, "x00280004"),
    bitsAllocated: uint16(ds, "x00280100"),
    bitsStored: uint16(ds, "x00280101"),
    highBit: uint16(ds, "x00280102"),
    pixelRepresentation: uint16(ds, "x00280103"),
    imageOrientationPatient: dsN(ds, "x00200037", 6),
    imagePositionPatient: dsN(ds, "x00200032", 3),
    pixelSpacing: dsN(ds, "x00280030", 2),
    sliceThickness: ds1(ds, "x00180050"),
    sliceLocation: ds1(ds, "x00201041"),
    windowCenter: ds1(ds, "x00281050"),
    windowWidth: ds1(ds, "x00281051"),
    rescaleSlope: ds1(ds, "x00281053"),
    rescaleIntercept: ds1(ds, "x00281052"),
    patientAge: str(ds, "x00101010"),
    patientSex: str(ds, "x00100040"),
    bodyPartExamined: str(ds, "x00180015"),
    pixelData: pixelData(ds, inflated ? "inflated" : "file"),
    warnings: [],
    tolerated: [],
  };
}
