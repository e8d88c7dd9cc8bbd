"use client";

// Series thumbnails (the vendor's JPG of each series' middle slice); choosing one loads it into the viewer.
import type { ViewerStudy } from "@/lib/preview/get-sample-study";
import { previewUrls } from "@/lib/preview/urls";
import { middleIndex, planeLabel } from "./series-refs";

export function SeriesStrip({
  study,
  selected,
  onSelect,
}: {
  study: ViewerStudy;
  selected: number;
  onSelect: (i: number) => void;
}) {
  return (
    <ul className="flex gap-2 overflow-x-auto pb-1" aria-label="Series">
      {study.series.map((s, i) => {
        const thumb = s.instances[middleIndex(s.instances.length)];
        return (
          <li key={s.id} className="shrink-0">
            <button
              type="button"
              aria-pressed={i === selected}
              onClick={() => onSelect(i)}
              data-testid="series-thumb"
              className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 p-1 pr-3 text-left text-sm hover:bg-slate-100 aria-pressed:border-brand-600 aria-pressed:ring-2 aria-pressed:ring-brand-600/40 dark:border-slate-700 dark:hover:bg-slate-900 dark:aria-pressed:border-brand-300"
            >
              {thumb?.hasJpg ? (
                // eslint-disable-next-line @next/next/no-img-element -- small server JPGs; next/image would re-encode them
                <img
                  src={previewUrls.jpg(thumb.id)}
                  alt=""
                  width={56}
                  height={56}
                  fetchPriority="low"
                  className="h-14 w-14 rounded bg-black object-contain"
                />
              ) : (
                <span aria-hidden="true" className="h-14 w-14 rounded bg-slate-800" />
              )}
              <span>
                <span className="block font-semibold">{planeLabel(s.plane)}</span>
                <span className="block text-slate-700 dark:text-slate-300">
                  {s.description ?? "Series"} · {s.instances.length} images
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
