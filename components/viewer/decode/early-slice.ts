// Starts the first slice's decode the moment the viewer's code runs, before React has hydrated the page. On a hard
// load the page's inline script (early-paint.ts) has already fetched the bytes - and usually painted them - and
// leaves them in window.__viewerEarly: those bytes go to the decode worker, so the main thread, busy hydrating, does
// no second decode (measured: the decoder chunk's evaluation and that decode made a 65 ms task unthrottled, 150 ms at
// Lighthouse's 4x CPU slowdown). After a client-side navigation there is no such script and nothing painted: the
// preloaded file (<link rel=preload as=fetch>) is fetched and decoded here on the main thread, which takes a few
// milliseconds where a worker would first have to start; that decoder (dicom-parser, pako: ~90 kB) is its own chunk.
import { isPreviewDicomUrl } from "@/lib/preview/urls";
import { getDecoder, type Decoder } from "./client";
import type { EarlyHandoff } from "./early-paint";
import type { DecodedSlice } from "./protocol";

let early: { url: string; slice: Promise<DecodedSlice | null> } | undefined;

function inlineHandoff(): EarlyHandoff | undefined {
  const w = window as unknown as { __viewerEarly?: EarlyHandoff };
  const h = w.__viewerEarly;
  w.__viewerEarly = undefined; // once: a later client-side visit to the page must not reuse these bytes
  return h;
}

/** The DICOM the page preloads with its HTML (<link rel=preload as=fetch>), if any. */
function preloadedDicomUrl(): string | undefined {
  const links = document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]');
  return [...links].map((l) => l.getAttribute("href") ?? "").find(isPreviewDicomUrl);
}

/** `worker` decodes the inline script's bytes (the page's decode worker; a test passes its own). */
export function startEarlySlice(worker: () => Decoder = getDecoder): void {
  if (typeof document === "undefined" || early) return;
  const handoff = inlineHandoff();
  if (handoff) {
    // The inline script's then() (the paint) was registered first, so the worker starts after the slice is painted.
    const slice = handoff.bytes
      .then((b) => (b ? worker().decode(handoff.url, 0, b) : null))
      .then((r) => {
        performance.mark("viewer:early-decoded");
        return r;
      })
      .catch(() => null); // a failure goes the normal way, through the worker, for its reason
    early = { url: handoff.url, slice };
    return;
  }
  const url = preloadedDicomUrl();
  if (!url) return;
  const bytes = fetch(url).then((r) => (r.ok ? r.arrayBuffer() : null));
  const decoder = import("./inline");
  const slice = Promise.all([bytes, decoder])
    .then(([b, { decodeInline }]) => (b ? decodeInline(b, 0) : null))
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
