"use client";

// The enquiry page's forms. Each posts to its server action (which re-checks the role) and announces the result.
import type { ActionResult, ActionState } from "@/lib/actions/types";
import { ActionFieldError, ActionForm, ActionSubmit, fieldErrorId } from "@/components/ui/action-form";
import { inputClass, labelClass } from "@/components/ui/form-field";
import { enquiryStatuses, statusLabels } from "@/lib/validations/desk";
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT } from "@/lib/enquiries/attachment-rules";

type Action = (prev: ActionState<undefined>, fd: FormData) => Promise<ActionResult<undefined>>;

export function StatusForm({ action, enquiryId, status }: { action: Action; enquiryId: string; status: string }) {
  return (
    <ActionForm action={action} id="status-form" label="Pipeline stage" className="space-y-2">
      <input type="hidden" name="enquiryId" value={enquiryId} />
      <label htmlFor="status" className={labelClass}>
        Status
      </label>
      <div className="flex gap-2">
        <select
          id="status"
          name="status"
          defaultValue={status}
          aria-describedby={fieldErrorId("status-form", "status")}
          className={inputClass}
        >
          {enquiryStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
        <ActionSubmit variant="secondary" className="mt-1">
          Update
        </ActionSubmit>
      </div>
      <ActionFieldError name="status" />
    </ActionForm>
  );
}

export function AssignForm({
  action,
  enquiryId,
  assigneeId,
  staff,
}: {
  action: Action;
  enquiryId: string;
  assigneeId: string | null;
  staff: { id: string; name: string | null; email: string }[];
}) {
  return (
    <ActionForm action={action} id="assign-form" label="Assignment" className="space-y-2">
      <input type="hidden" name="enquiryId" value={enquiryId} />
      <label htmlFor="assigneeId" className={labelClass}>
        Assigned to
      </label>
      {/* Select above its button, full width, so long names and addresses are not cut off in the narrow column. */}
      <div className="grid gap-2">
        <select
          id="assigneeId"
          name="assigneeId"
          defaultValue={assigneeId ?? ""}
          aria-describedby={fieldErrorId("assign-form", "assigneeId")}
          className={inputClass}
        >
          <option value="">Nobody</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name ? `${s.name} (${s.email})` : s.email}
            </option>
          ))}
        </select>
        <ActionSubmit variant="secondary" className="justify-self-start">
          Assign
        </ActionSubmit>
      </div>
      <ActionFieldError name="assigneeId" />
    </ActionForm>
  );
}

export function NoteForm({ action, enquiryId }: { action: Action; enquiryId: string }) {
  return (
    <ActionForm action={action} id="note-form" label="Add a note" resetOnSuccess className="space-y-2">
      <input type="hidden" name="enquiryId" value={enquiryId} />
      <label htmlFor="note-body" className={labelClass}>
        Internal note
      </label>
      <textarea
        id="note-body"
        name="body"
        rows={3}
        required
        maxLength={5000}
        aria-describedby={fieldErrorId("note-form", "body")}
        className={inputClass}
      />
      <ActionFieldError name="body" />
      <ActionSubmit variant="secondary" pendingLabel="Adding...">
        Add note
      </ActionSubmit>
    </ActionForm>
  );
}

export function ReplyForm({
  action,
  enquiryId,
  to,
  defaultSubject,
  isNew,
}: {
  action: Action;
  enquiryId: string;
  to: string;
  defaultSubject: string;
  isNew: boolean;
}) {
  return (
    <ActionForm action={action} id="reply-form" label="Reply by email" resetOnSuccess className="space-y-3">
      <input type="hidden" name="enquiryId" value={enquiryId} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        To: <span className="break-all font-medium text-slate-900 dark:text-slate-100">{to}</span> (replies come back to
        your address)
      </p>
      <div>
        <label htmlFor="reply-subject" className={labelClass}>
          Subject
        </label>
        <input
          id="reply-subject"
          name="subject"
          defaultValue={defaultSubject}
          required
          maxLength={200}
          aria-describedby={fieldErrorId("reply-form", "subject")}
          className={inputClass}
        />
        <ActionFieldError name="subject" />
      </div>
      <div>
        <label htmlFor="reply-body" className={labelClass}>
          Message
        </label>
        <textarea
          id="reply-body"
          name="body"
          rows={8}
          required
          maxLength={20000}
          aria-describedby={fieldErrorId("reply-form", "body")}
          className={inputClass}
        />
        <ActionFieldError name="body" />
      </div>
      <div>
        <label htmlFor="reply-attachments" className={labelClass}>
          Attachments <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
        </label>
        <p id="reply-attachments-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {ATTACHMENT_HINT} For example the data card, a quote or the licence agreement.
        </p>
        <input
          id="reply-attachments"
          name="attachments"
          type="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          aria-describedby={`reply-attachments-hint ${fieldErrorId("reply-form", "attachments")}`}
          className="mt-1 block w-full min-w-0 text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:text-sm file:font-semibold dark:file:border-slate-700 dark:file:bg-slate-900 dark:file:text-slate-100"
        />
        <ActionFieldError name="attachments" />
      </div>
      {isNew ? (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="markContacted"
            defaultChecked
            className="h-5 w-5 accent-brand-700 dark:accent-brand-300"
          />
          Mark the enquiry as contacted
        </label>
      ) : null}
      <ActionSubmit pendingLabel="Sending...">Send reply</ActionSubmit>
    </ActionForm>
  );
}
