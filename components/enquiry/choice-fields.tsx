"use client";

// Radio and checkbox groups for the enquiry form: a fieldset with a legend, its error linked from every option.
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/form-field";

const legendClass = "text-sm font-medium text-slate-900 dark:text-slate-100";
const optionClass =
  "flex min-h-11 items-center gap-3 rounded-md border border-slate-200 px-3 py-2 text-sm dark:border-slate-800";
const boxClass = "h-5 w-5 shrink-0 accent-brand-700 dark:accent-brand-300";

export function ChoiceGroup({
  name,
  legend,
  type,
  options,
  register,
  error,
  hint,
  optional,
  checked = [],
}: {
  name: string;
  legend: string;
  type: "radio" | "checkbox";
  options: readonly { value: string; label: string }[];
  register: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  optional?: boolean;
  /** Rendered as defaultChecked, so the server-rendered HTML (no JavaScript yet) shows the values too. */
  checked?: readonly string[];
}) {
  const errorId = error ? `${name}-error` : undefined;
  const hintId = hint ? `${name}-hint` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className={legendClass}>
        {legend}
        {optional ? <span className="font-normal text-slate-600 dark:text-slate-400"> (optional)</span> : null}
      </legend>
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((o, i) => (
          <label key={o.value} className={optionClass}>
            <input
              type={type}
              value={o.value}
              id={i === 0 ? name : undefined}
              aria-describedby={errorId}
              className={boxClass}
              defaultChecked={checked.includes(o.value)}
              {...register}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

/** Invisible to people (and to screen readers); bots that fill every field give themselves away. */
export function Honeypot({ name }: { name: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor={name}>Leave this field empty</label>
      <input type="text" id={name} name={name} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
