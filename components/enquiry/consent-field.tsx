"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/form-field";

export function ConsentField({
  register,
  error,
  checked,
}: {
  register: UseFormRegisterReturn;
  error?: string;
  checked: boolean;
}) {
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id="consent"
          aria-describedby={error ? "consent-error" : undefined}
          aria-invalid={error ? true : undefined}
          className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700 dark:accent-brand-300"
          defaultChecked={checked}
          {...register}
        />
        <label htmlFor="consent" className="text-sm text-slate-900 dark:text-slate-100">
          I agree to be contacted by the sales team about this enquiry. We use your details only to answer it.
        </label>
      </div>
      <FieldError id="consent-error" message={error} />
    </div>
  );
}
