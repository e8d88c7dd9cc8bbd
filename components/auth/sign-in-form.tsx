"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import type { ActionResult, ActionState } from "@/lib/actions/types";
import { FormField, inputClass } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({
  action,
  callbackUrl,
}: {
  action: (prev: ActionState<undefined>, fd: FormData) => Promise<ActionResult<undefined>>;
  callbackUrl: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : undefined;
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (failed) inputRef.current?.focus();
  }, [failed]);
  const fieldError = failed?.fieldErrors?.email?.[0];
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        startTransition(() => formAction(fd));
      }}
      noValidate
      className="space-y-4"
    >
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField id="email" label="Email address" error={fieldError}>
        {(p) => (
          <input
            {...p}
            ref={inputRef}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            defaultValue={typeof failed?.values?.email === "string" ? failed.values.email : ""}
            className={inputClass}
          />
        )}
      </FormField>
      {failed && !fieldError ? (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {failed.error}
        </p>
      ) : null}
      <SubmitButton pending={pending} pendingLabel="Sending link..." className="w-full">
        Email me a sign-in link
      </SubmitButton>
    </form>
  );
}
