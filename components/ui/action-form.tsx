"use client";

// A form bound to a server action through useActionState. Without JavaScript it posts natively (the page re-renders
// with the result); with it, it submits in a transition so React does not clear what the user typed when the
// server answers with an error. Errors are announced and focused; fields read their messages via <ActionFieldError>.
import { createContext, startTransition, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import type { ActionResult, ActionState } from "@/lib/actions/types";
import { SubmitButton } from "./submit-button";

const StateContext = createContext<{ state: ActionState<unknown>; pending: boolean; formId: string }>({
  state: null,
  pending: false,
  formId: "",
});

export function ActionForm<T>({
  action,
  id,
  children,
  className,
  resetOnSuccess = false,
  label,
}: {
  action: (prev: ActionState<T>, fd: FormData) => Promise<ActionResult<T>>;
  id: string;
  children: ReactNode;
  className?: string;
  resetOnSuccess?: boolean;
  label?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state) return;
    if (state.ok && resetOnSuccess) formRef.current?.reset();
    if (!state.ok) statusRef.current?.focus();
  }, [state, resetOnSuccess]);
  return (
    <StateContext.Provider value={{ state: state as ActionState<unknown>, pending, formId: id }}>
      <form
        ref={formRef}
        id={id}
        aria-label={label}
        action={formAction}
        onSubmit={(e) => {
          e.preventDefault();
          const fd = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
          startTransition(() => formAction(fd));
        }}
        className={className}
      >
        {children}
        <div ref={statusRef} tabIndex={-1} className="outline-none">
          {state && !state.ok ? (
            <p role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
              {state.error}
            </p>
          ) : state?.ok && state.message ? (
            <p role="status" className="mt-2 text-sm text-emerald-800 dark:text-emerald-300">
              {state.message}
            </p>
          ) : null}
        </div>
      </form>
    </StateContext.Provider>
  );
}

/** The server's message for one field of the enclosing ActionForm; give the control aria-describedby={errorId}. */
export function ActionFieldError({ name }: { name: string }) {
  const { state, formId } = useContext(StateContext);
  const message = state && !state.ok ? state.fieldErrors?.[name]?.[0] : undefined;
  return (
    <p id={`${formId}-${name}-error`} className="mt-1 text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
      {message}
    </p>
  );
}

export const fieldErrorId = (formId: string, name: string) => `${formId}-${name}-error`;

/** The enclosing ActionForm's submit button, disabled while its action runs. */
export function ActionSubmit(props: Omit<Parameters<typeof SubmitButton>[0], "pending">) {
  const { pending } = useContext(StateContext);
  return <SubmitButton {...props} pending={pending} />;
}
