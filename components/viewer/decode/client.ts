// The main thread's side of the decode worker: one shared worker, promise per request.
import type { MetadataEntry } from "./metadata";
import type { DecodedSlice, DecodeRequest, DecodeResponse } from "./protocol";

/** A slice that could not be decoded; `metadata` is set when the file itself parsed. */
export class DecodeFailure extends Error {
  constructor(
    message: string,
    readonly metadata?: MetadataEntry[],
  ) {
    super(message);
    this.name = "DecodeFailure";
  }
}

export interface Decoder {
  decode(key: string, frame: number, bytes?: ArrayBuffer): Promise<DecodedSlice>;
}

let shared: Decoder | undefined;

function createDecoder(): Decoder {
  const worker = new Worker(new URL("./decode.worker.ts", import.meta.url), { type: "module", name: "dicom-decode" });
  const pending = new Map<number, { resolve: (s: DecodedSlice) => void; reject: (e: Error) => void }>();
  let next = 1;
  worker.onmessage = (e: MessageEvent<DecodeResponse>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok) p.resolve(e.data.slice);
    else p.reject(new DecodeFailure(e.data.error, e.data.metadata));
  };
  worker.onerror = (e) => {
    // A worker that fails to start (script blocked, syntax error) fails every request: the viewer falls back to JPGs.
    for (const p of pending.values()) p.reject(new Error(e.message || "decode worker failed"));
    pending.clear();
  };
  return {
    decode(key, frame, bytes) {
      const id = next++;
      const req: DecodeRequest = { id, key, frame, bytes };
      return new Promise<DecodedSlice>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage(req, bytes ? [bytes] : []);
      });
    },
  };
}

/** The page's worker decoder, created on first use. */
export function getDecoder(): Decoder {
  shared ??= createDecoder();
  return shared;
}
