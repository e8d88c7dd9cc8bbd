"use client";

import type { ActionResult, ActionState } from "@/lib/actions/types";
import { ActionFieldError, ActionForm, ActionSubmit, fieldErrorId } from "@/components/ui/action-form";
import { inputClass, labelClass } from "@/components/ui/form-field";

export function ProfileForm({
  action,
  name,
}: {
  action: (prev: ActionState<undefined>, fd: FormData) => Promise<ActionResult<undefined>>;
  name: string;
}) {
  return (
    <ActionForm action={action} id="profile" className="space-y-3">
      <div>
        <label htmlFor="profile-name" className={labelClass}>
          Your name
        </label>
        <input
          id="profile-name"
          name="name"
          defaultValue={name}
          autoComplete="name"
          maxLength={120}
          aria-describedby={fieldErrorId("profile", "name")}
          className={inputClass}
        />
        <ActionFieldError name="name" />
      </div>
      <ActionSubmit pendingLabel="Saving...">Save</ActionSubmit>
    </ActionForm>
  );
}
