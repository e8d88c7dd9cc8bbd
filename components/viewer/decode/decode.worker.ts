// Web Worker: parses and decodes DICOM slices off the main thread, so scrolling and windowing stay smooth while a
// series (and any codec WebAssembly) loads.
import type { DataSet } from "dicom-parser";
import { configureCodecs } from "@/lib/dicom/pixels";
import { decodeSlice, frameCount, parseSlice } from "./slice";
import type { DecodeRequest, DecodeResponse } from "./protocol";

// Codec .wasm files are copied to public/dicom-codecs by scripts/copy-dicom-codecs.mjs; they load on first use.
configureCodecs({ locateWasm: (name) => `/dicom-codecs/${name}` });

/** Parsed multi-frame files, kept for their further frames; single-frame files are not kept. */
const parsed = new Map<string, DataSet>();
const MAX_PARSED = 4;

const scope = self as unknown as {
  postMessage(m: DecodeResponse, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<DecodeRequest>) => void) | null;
};

async function decode(req: DecodeRequest): Promise<DecodeResponse> {
  const t0 = performance.now();
  let ds = parsed.get(req.key);
  if (req.bytes) {
    ds = parseSlice(req.bytes);
    if (frameCount(ds) > 1) {
      if (parsed.size >= MAX_PARSED) parsed.delete(parsed.keys().next().value!);
      parsed.set(req.key, ds);
    }
  }
  if (!ds) return { id: req.id, ok: false, error: "file not loaded" };
  return { id: req.id, ...(await decodeSlice(ds, req.frame, t0)) };
}

scope.onmessage = (e) => {
  decode(e.data).then(
    (res) => scope.postMessage(res, res.ok ? [res.slice.frame.pixels.buffer as ArrayBuffer] : []),
    (err: unknown) =>
      scope.postMessage({ id: e.data.id, ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
};
