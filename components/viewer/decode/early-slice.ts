// Starts the first slice's decode the moment the viewer's code runs, before React has hydrated the page. On a hard
// load the page's inline script (early-paint.ts) has already fetched the bytes - and usually painted them - and
// leaves them in window.__viewerEarly; after a client-side navigation there is no such script, so the preloaded file
// (<link rel=preload as=fetch>) is fetched here. Decoding a native-syntax slice on the main thread takes a few
// milliseconds; the series loader then picks the result up. The decoder (dicom-parser, pako: ~90 kB) is its own chunk,
// loaded alongside the bytes: it is not part of the JavaScript that must run before the page hydrates, and on a hard
// load the inline script has painted the slice without it.
import { isPreviewDicomUrl } from "@/lib/preview/urls";
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

export function startEarlySlice(): void {
  if (typeof document === "undefined" || early) return;
  const handoff = inlineHandoff();
  const url = handoff?.url ?? preloadedDicomUrl();
  if (!url) return;
  const bytes = handoff ? handoff.bytes : fetch(url).then((r) => (r.ok ? r.arrayBuffer() : null));
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
