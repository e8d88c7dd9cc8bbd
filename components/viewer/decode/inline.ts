// Main-thread decoding of the first slice (loaded by dynamic import as the viewer starts): a native-syntax slice
// takes a few milliseconds here, while a worker would first have to start and load its code. Compressed syntaxes
// and multi-frame files still go to the worker, which owns the codecs.
import { isNativeTransferSyntax } from "@/lib/dicom/pixels/transfer-syntax";
import { decodeSlice, frameCount, parseSlice, type SliceResult } from "./slice";

/** The slice, or null when it should be decoded by the worker instead. */
export async function decodeInline(bytes: ArrayBuffer, frame: number): Promise<SliceResult | null> {
  const t0 = performance.now();
  const ds = parseSlice(bytes);
  const ts = ds.string("x00020010")?.trim() ?? "";
  if (!isNativeTransferSyntax(ts) || frameCount(ds) > 1) return null;
  return decodeSlice(ds, frame, t0);
}
