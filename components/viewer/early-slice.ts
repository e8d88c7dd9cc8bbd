// Starts the first slice's download and decode the moment the viewer's code runs, before React has hydrated the page:
// the page preloads that file (<link rel=preload as=fetch>), so the bytes are usually there already, and decoding a
// native-syntax slice on the main thread takes a few milliseconds. The series loader then picks the result up.
import { decodeInline } from "./decode-inline";
import type { DecodedSlice } from "./protocol";

let early: { url: string; slice: Promise<DecodedSlice | null> } | undefined;

export function startEarlySlice(): void {
  if (typeof document === "undefined" || early) return;
  const url = document.querySelector('link[rel="preload"][as="fetch"][href^="/api/preview/instances/"]')?.getAttribute("href");
  if (!url) return;
  const slice = fetch(url)
    .then((r) => (r.ok ? r.arrayBuffer() : null))
    .then((bytes) => (bytes ? decodeInline(bytes, 0) : null))
    .then((r) => {
      performance.mark("viewer:early-decoded");
      return r?.ok ? r.slice : null; // a failure goes the normal way, through the worker, for its reason
    })
    .catch(() => null);
  early = { url, slice };
}

/** The early result for `url` (once), or undefined when none was started for it. */
export function takeEarlySlice(url: string): Promise<DecodedSlice | null> | undefined {
  if (early?.url !== url) return undefined;
  const { slice } = early;
  early = undefined;
  return slice;
}
