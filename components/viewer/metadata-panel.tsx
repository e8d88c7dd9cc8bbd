"use client";

// Image details for the slice in view: only the engine's allow-listed attributes (decode/metadata.ts) ever reach it.
import Link from "next/link";
import { memo } from "react";
import type { ViewerState } from "./engine/state";

// Memoised on its two props: the panel re-renders when the slice changes, not on every window or zoom step.
export const MetadataPanel = memo(function MetadataPanel({
  metadata,
  source,
}: Pick<ViewerState, "metadata" | "source">) {
  return (
    <section
      aria-labelledby="viewer-meta-title"
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id="viewer-meta-title" className="text-base font-semibold">
        Image details
      </h2>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Acquisition and image attributes from an allow-list; nothing that identifies a patient is shown.
      </p>
      {metadata.length ? (
        <dl data-testid="metadata-panel" className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
          {metadata.map((m) => (
            <div key={m.keyword} data-keyword={m.keyword} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{m.label}</dt>
              <dd className="font-medium wrap-break-word">{m.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          {source === "none" ? "Loading…" : "Decoding this slice…"}
        </p>
      )}
      <p className="mt-4 border-t border-slate-200 pt-3 text-sm dark:border-slate-800">
        Studies like this one for your project?{" "}
        <Link href="/enquire?from=/preview" className="font-semibold text-brand-700 underline dark:text-brand-300">
          Request a quote
        </Link>
      </p>
    </section>
  );
});
