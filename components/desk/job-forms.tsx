"use client";

// The jobs page's two forms: retry one failed job, and queue the import of a folder on the server.
import type { ActionResult, ActionState } from "@/lib/actions/types";
import { ActionFieldError, ActionForm, ActionSubmit, fieldErrorId } from "@/components/ui/action-form";
import { inputClass, labelClass } from "@/components/ui/form-field";

type Action = (prev: ActionState<undefined>, fd: FormData) => Promise<ActionResult<undefined>>;

export function RetryJobForm({ action, jobId }: { action: Action; jobId: string }) {
  return (
    <ActionForm action={action} id={`retry-${jobId}`} label={`Retry job ${jobId}`}>
      <input type="hidden" name="jobId" value={jobId} />
      <ActionSubmit variant="secondary">Retry</ActionSubmit>
    </ActionForm>
  );
}

export function StartImportForm({ action, datasetSlug }: { action: Action; datasetSlug: string }) {
  const f = "start-import";
  return (
    <ActionForm
      action={action}
      id={f}
      label="Import a folder"
      resetOnSuccess
      className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto_auto] sm:items-end"
    >
      <div>
        <label htmlFor="imp-source" className={labelClass}>
          Folder on the server
        </label>
        <input
          id="imp-source"
          name="source"
          required
          placeholder="/srv/packs/batch-07"
          aria-describedby={fieldErrorId(f, "source")}
          className={inputClass}
        />
        <ActionFieldError name="source" />
      </div>
      <div>
        <label htmlFor="imp-dataset" className={labelClass}>
          Dataset
        </label>
        <input
          id="imp-dataset"
          name="datasetSlug"
          required
          defaultValue={datasetSlug}
          aria-describedby={fieldErrorId(f, "datasetSlug")}
          className={inputClass}
        />
        <ActionFieldError name="datasetSlug" />
      </div>
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" name="sample" value="on" /> Public sample
      </label>
      <ActionSubmit>Queue import</ActionSubmit>
    </ActionForm>
  );
}

export function RefreshCatalogueForm({ action, datasetSlug }: { action: Action; datasetSlug: string }) {
  return (
    <ActionForm action={action} id="refresh-catalogue" label="Refresh the catalogue's counts">
      <input type="hidden" name="datasetSlug" value={datasetSlug} />
      <ActionSubmit variant="secondary">Rebuild cohort-count aggregates</ActionSubmit>
    </ActionForm>
  );
}
