// From the page's study data to what the engine loads: one slice per frame, with the routes that serve each file.
import type { ViewerStudy } from "@/lib/preview/get-sample-study";
import { previewUrls } from "@/lib/preview/urls";
import type { ControllerSeries } from "./engine/controller";

export function seriesRefs(study: ViewerStudy): ControllerSeries[] {
  return study.series.map((s) => ({
    slices: s.instances.flatMap((i) =>
      Array.from({ length: Math.max(1, i.frames) }, (_, frame) => ({
        key: i.id,
        frame,
        frames: Math.max(1, i.frames),
        dicomUrl: previewUrls.dicom(i.id),
        jpgUrl: i.hasJpg ? previewUrls.jpg(i.id) : null,
      })),
    ),
  }));
}

/** Instance shown at a slice index of a series (frames expanded as in seriesRefs). */
export function instanceAt(study: ViewerStudy, seriesIndex: number, sliceIndex: number) {
  const s = study.series[seriesIndex];
  if (!s) return undefined;
  let i = sliceIndex;
  for (const inst of s.instances) {
    const n = Math.max(1, inst.frames);
    if (i < n) return { instance: inst, frame: i };
    i -= n;
  }
  return undefined;
}

export function planeLabel(plane: string | null): string {
  if (!plane) return "Series";
  return plane.charAt(0).toUpperCase() + plane.slice(1).toLowerCase();
}

export { middleIndex } from "./engine/stack";
