"use client";

// The radiologist's PDF: a link that always works, and a modal dialog that shows it full width (full screen on a
// phone) - a PDF is unreadable in a 20rem column. The frame is mounted only while the dialog is open (the browser's
// PDF viewer is heavy, and the page must stay fast for the images).
import { useRef, useState } from "react";
import { previewUrls } from "@/lib/preview/urls";

const button =
  "inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 text-sm font-semibold hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-900";

export function ReportPanel({ studyId }: { studyId: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const url = previewUrls.report(studyId);
  return (
    <section
      aria-labelledby="viewer-report-title"
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id="viewer-report-title" className="text-base font-semibold">
        Radiologist report
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Study type, scanner, age and sex, complaints, description, preliminary diagnosis and recommendations.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          aria-haspopup="dialog"
          onClick={() => {
            setOpen(true);
            dialog.current?.showModal();
          }}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-600 dark:bg-brand-300 dark:text-slate-950"
        >
          Read the report
        </button>
        <a href={url} target="_blank" rel="noopener" className={button}>
          Open the report (PDF)
        </a>
      </div>
      <dialog
        ref={dialog}
        aria-labelledby="viewer-report-dialog-title"
        onClose={() => setOpen(false)}
        className="m-0 h-svh max-h-none w-full max-w-none bg-white p-0 text-slate-900 backdrop:bg-slate-950/70 sm:m-auto sm:h-[92svh] sm:w-[min(64rem,96vw)] sm:rounded-lg dark:bg-slate-950 dark:text-slate-100"
      >
        <div className="flex h-full flex-col">
          <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
            <h2 id="viewer-report-dialog-title" className="text-base font-semibold">
              Radiologist report
            </h2>
            <button type="button" className={button} onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
          {open ? <iframe title="Radiologist report (PDF)" src={url} className="min-h-0 w-full flex-1" /> : null}
        </div>
      </dialog>
    </section>
  );
}
