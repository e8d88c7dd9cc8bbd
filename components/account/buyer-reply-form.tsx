"use client";

import type { ActionResult, ActionState } from "@/lib/actions/types";
import { ActionFieldError, ActionForm, ActionSubmit, fieldErrorId } from "@/components/ui/action-form";
import { inputClass, labelClass } from "@/components/ui/form-field";
import { BUYER_REPLY_MAX } from "@/lib/validations/buyer";

type Action = (prev: ActionState<undefined>, fd: FormData) => Promise<ActionResult<undefined>>;

export function BuyerReplyForm({ action, reference }: { action: Action; reference: string }) {
  return (
    <ActionForm action={action} id="buyer-reply-form" label="Reply to sales" resetOnSuccess className="space-y-2">
      <input type="hidden" name="reference" value={reference} />
      <label htmlFor="buyer-reply-body" className={labelClass}>
        Your reply
      </label>
      <textarea
        id="buyer-reply-body"
        name="body"
        rows={5}
        required
        maxLength={BUYER_REPLY_MAX}
        aria-describedby={fieldErrorId("buyer-reply-form", "body")}
        className={inputClass}
      />
      <ActionFieldError name="body" />
      <ActionSubmit pendingLabel="Sending...">Send reply</ActionSubmit>
    </ActionForm>
  );
}
