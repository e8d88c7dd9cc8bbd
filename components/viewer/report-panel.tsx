"use client";

// The radiologist's PDF beside the images: a link that always works, and an inline view mounted only on request
// (the browser's PDF viewer is heavy, and the page must stay fast for the images).
import { useState } from "react";
import { previewUrls } from "@/lib/preview/urls";

export function ReportPanel({ studyId }: { studyId: string }) {
  const [open, setOpen] = useState(false);
  const url = previewUrls.report(studyId);
  return (
    <section aria-labelledby="viewer-report-title" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="viewer-report-title" className="text-base font-semibold">
        Radiologist report
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Study type, scanner, age and sex, complaints, description, preliminary diagnosis and recommendations.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <a
          href={url}
          target="_blank"
          rel="noopener"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-600 dark:bg-brand-300 dark:text-slate-950"
        >
          Open the report (PDF)
        </a>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="viewer-report-frame"
          onClick={() => setOpen((o) => !o)}
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 text-sm font-semibold hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-900"
        >
          {open ? "Hide" : "Show here"}
        </button>
      </div>
      <div id="viewer-report-frame">
        {open ? <iframe title="Radiologist report (PDF)" src={url} className="mt-3 h-[36rem] w-full rounded border border-slate-200 dark:border-slate-800" /> : null}
      </div>
    </section>
  );
}
