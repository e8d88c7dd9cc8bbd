"use client";

// The sample study viewer: series thumbnails, the canvas stage with its controls, image details and the report.
// Server-rendered (thumbnails, the first slice's JPG and the controls are in the HTML); the engine starts on hydration.
import { useState, useSyncExternalStore } from "react";
import type { ViewerStudy } from "@/lib/preview/get-sample-study";
import { getDecoder } from "./decode/client";
import { startEarlySlice, takeEarlySlice } from "./decode/early-slice";
import { ViewerController } from "./engine/controller";
import { KeyHelp } from "./key-help";
import { MetadataPanel } from "./metadata-panel";
import { ReportPanel } from "./report-panel";
import { SeriesStrip } from "./series-strip";
import { seriesRefs } from "./series-refs";
import { SliceControls } from "./slice-controls";
import { ViewerStage } from "./viewer-stage";
import { ViewerToolbar } from "./viewer-toolbar";

// As soon as this module runs in the browser, before React hydrates: decode the first slice (on a hard load in the
// worker, with the bytes the page's inline script fetched and painted; see early-slice.ts).
startEarlySlice();

export function StudyViewer({ study }: { study: ViewerStudy }) {
  const [controller] = useState(
    () => new ViewerController(seriesRefs(study), { decode: (...a) => getDecoder().decode(...a) }, takeEarlySlice),
  );
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-6">
      {/* The first view is the image with its slider and tools (sized to the window, see STAGE_SIZE); series,
          report and details sit beside it on wide screens and below it on a phone. */}
      <div className="min-w-0">
        <ViewerStage controller={controller} state={state} study={study} />
        <SliceControls controller={controller} state={state} study={study} />
        <ViewerToolbar controller={controller} state={state} />
        <KeyHelp />
      </div>
      <aside className="min-w-0 space-y-4" aria-label="Study details">
        <SeriesStrip study={study} selected={state.seriesIndex} onSelect={(i) => controller.selectSeries(i)} />
        {/* The report before the details: the details panel grows when its slice decodes, and nothing below it may shift. */}
        {study.hasReport ? <ReportPanel studyId={study.id} /> : null}
        <MetadataPanel metadata={state.metadata} source={state.source} />
      </aside>
    </div>
  );
}
