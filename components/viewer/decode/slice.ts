// Parse + decode + describe one slice: the work of the decode worker, shared with the main-thread path that decodes
// the very first slice while the worker is still starting.
import type { DataSet } from "dicom-parser";
import { decodeFrame, parseDicomWithInflater, readDisplayParams, type DecodedFrame } from "@/lib/dicom/pixels";
import { readAllowedMetadata, type MetadataEntry } from "./metadata";
import { isColorSlice, sliceValues } from "./slice-values";
import type { DecodedSlice } from "./protocol";

export type SliceResult = { ok: true; slice: DecodedSlice } | { ok: false; error: string; metadata?: MetadataEntry[] };

export const parseSlice = (bytes: ArrayBuffer): DataSet => parseDicomWithInflater(new Uint8Array(bytes));

export const frameCount = (ds: DataSet): number => Math.max(1, Number(ds.string("x00280008") ?? 1) || 1);

export async function decodeSlice(ds: DataSet, frameIndex: number, t0 = performance.now()): Promise<SliceResult> {
  const metadata = readAllowedMetadata(ds);
  let frame: DecodedFrame;
  try {
    frame = await decodeFrame(ds, ds.byteArray, frameIndex);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), metadata };
  }
  const params = readDisplayParams(ds, frameIndex);
  return {
    ok: true,
    slice: {
      frame,
      params,
      values: sliceValues(frame, params),
      color: isColorSlice(frame, params),
      metadata,
      transferSyntax: ds.string("x00020010")?.trim() ?? "",
      decodeMs: performance.now() - t0,
    },
  };
}
