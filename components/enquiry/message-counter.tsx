"use client";

import { useWatch, type Control } from "react-hook-form";
import type { EnquiryInput } from "@/lib/validations/enquiry";

// Only this line re-renders as the user types. Screen readers hear the count with the field's description rather
// than on every keystroke; the warning near the limit is a polite live region.
export function MessageCounter({
  control,
  max,
  id,
  initial,
}: {
  control: Control<EnquiryInput>;
  max: number;
  id: string;
  initial: number;
}) {
  const value = useWatch({ control, name: "message" });
  const length = typeof value === "string" ? value.length : initial;
  const over = length > max;
  return (
    <p
      id={id}
      className={`mt-1 text-right text-sm tabular-nums ${over ? "font-medium text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400"}`}
    >
      <span data-testid="message-count">{length.toLocaleString("en")}</span> / {max.toLocaleString("en")} characters
      <span aria-live="polite" className="sr-only">
        {over ? ` - ${(length - max).toLocaleString("en")} over the limit` : ""}
      </span>
      {over ? <span aria-hidden="true"> - {(length - max).toLocaleString("en")} over the limit</span> : null}
    </p>
  );
}
