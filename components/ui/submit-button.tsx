"use client";

import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";
import { buttonClass } from "./button-link";

/** A submit button that shows the form is being sent and refuses double submits meanwhile. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  pending: pendingProp,
  className = "",
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel?: ReactNode;
  variant?: "primary" | "secondary";
  pending?: boolean;
  className?: string;
  name?: string;
  value?: string;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-disabled={pending}
      onClick={(e) => {
        if (pending) e.preventDefault();
      }}
      className={`${buttonClass(variant)} disabled:opacity-60 aria-disabled:cursor-wait aria-disabled:opacity-70 ${className}`}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
