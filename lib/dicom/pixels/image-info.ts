// Reads the Image Pixel module from a dicom-parser DataSet with safe defaults, so decoders never see undefined geometry.
import type { DataSet } from "dicom-parser";
import { PixelDecodeError, type ImageInfo } from "./types";

function positiveInt(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}

/** Image Pixel module of `dataSet`; throws PixelDecodeError when rows/columns/bits are missing or zero. */
export function readImageInfo(dataSet: DataSet): ImageInfo {
  const rows = positiveInt(dataSet.uint16("x00280010"));
  const columns = positiveInt(dataSet.uint16("x00280011"));
  const bitsAllocated = positiveInt(dataSet.uint16("x00280100"));
  if (!rows || !columns) throw new PixelDecodeError("Rows/Columns missing or zero");
  if (!bitsAllocated) throw new PixelDecodeError("BitsAllocated missing or zero");
  const bitsStored = Math.min(positiveInt(dataSet.uint16("x00280101")) ?? bitsAllocated, bitsAllocated);
  const highBitRaw = dataSet.uint16("x00280102");
  return {
    transferSyntax: (dataSet.string("x00020010") ?? "1.2.840.10008.1.2").replace(/\0/g, "").trim(),
    rows,
    columns,
    samplesPerPixel: positiveInt(dataSet.uint16("x00280002")) ?? 1,
    bitsAllocated,
    bitsStored,
    highBit: highBitRaw !== undefined && highBitRaw < bitsAllocated ? highBitRaw : bitsStored - 1,
    pixelRepresentation: dataSet.uint16("x00280103") === 1 ? 1 : 0,
    photometric: (dataSet.string("x00280004") ?? "MONOCHROME2").trim().toUpperCase(),
    planarConfiguration: dataSet.uint16("x00280006") === 1 ? 1 : 0,
    numberOfFrames: positiveInt(dataSet.intString("x00280008")) ?? 1,
  };
}
