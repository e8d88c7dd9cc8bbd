"use client";

// One small declarative form for the licensing screens: labelled fields, hidden values and a submit button bound to
// a server action through ActionForm (errors per field, announced).
import type { ActionResult, ActionState } from "@/lib/actions/types";
import { ActionFieldError, ActionForm, ActionSubmit, fieldErrorId } from "@/components/ui/action-form";
import { inputClass, labelClass } from "@/components/ui/form-field";

export interface Field {
  name: string;
  label: string;
  type?: "text" | "email" | "number" | "date" | "textarea" | "select" | "checkbox";
  defaultValue?: string;
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  rows?: number;
  wide?: boolean;
}

export function FieldsForm<T>({
  action,
  id,
  label,
  fields,
  hidden = {},
  submit,
  pending = "Saving...",
  variant,
  reset = false,
}: {
  action: (prev: ActionState<T>, fd: FormData) => Promise<ActionResult<T>>;
  id: string;
  label: string;
  fields: Field[];
  hidden?: Record<string, string>;
  submit: string;
  pending?: string;
  variant?: "secondary";
  reset?: boolean;
}) {
  return (
    <ActionForm action={action} id={id} label={label} resetOnSuccess={reset} className="grid gap-3 sm:grid-cols-2">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
        const fid = `${id}-${f.name}`;
        const described = [f.hint ? `${fid}-hint` : null, fieldErrorId(id, f.name)].filter(Boolean).join(" ");
        const common = {
          id: fid,
          name: f.name,
          required: f.required,
          "aria-describedby": described,
          defaultValue: f.defaultValue,
        };
        const wide = f.wide || f.type === "textarea" || f.type === "checkbox" ? "sm:col-span-2" : "";
        if (f.type === "checkbox") {
          return (
            <div key={f.name} className={wide}>
              <label htmlFor={fid} className="flex min-h-11 items-start gap-3 text-sm">
                <input
                  id={fid}
                  name={f.name}
                  type="checkbox"
                  value="on"
                  required={f.required}
                  aria-describedby={described}
                  className="mt-1 h-5 w-5"
                />
                <span>{f.label}</span>
              </label>
              <ActionFieldError name={f.name} />
            </div>
          );
        }
        return (
          <div key={f.name} className={wide}>
            <label htmlFor={fid} className={labelClass}>
              {f.label}
              {f.required === false ? <span className="font-normal"> (optional)</span> : null}
            </label>
            {f.hint ? (
              <p id={`${fid}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {f.hint}
              </p>
            ) : null}
            {f.type === "textarea" ? (
              <textarea {...common} rows={f.rows ?? 4} className={`${inputClass} font-mono`} />
            ) : f.type === "select" ? (
              <select {...common} className={inputClass}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input {...common} type={f.type ?? "text"} className={inputClass} />
            )}
            <ActionFieldError name={f.name} />
          </div>
        );
      })}
      <div className="sm:col-span-2">
        <ActionSubmit pendingLabel={pending} variant={variant}>
          {submit}
        </ActionSubmit>
      </div>
    </ActionForm>
  );
}
