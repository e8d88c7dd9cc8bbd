"use client";

// The enquiry form. react-hook-form validates with the same zod schema as the server, on submit (then again as the
// user corrects a field): never on leaving a field, because an error appearing on blur moves everything below it and
// the click the user was making (on the consent box, on Send) lands on nothing. After a refused submit, focus goes
// to the first invalid field in form order. Without JavaScript the form posts to the same action and the page comes
// back with the server's messages and the values typed.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ActionResult, ActionState } from "@/lib/actions/types";
import {
  enquirySchema,
  MESSAGE_MAX,
  jobRoleLabels,
  timelineLabels,
  intendedUseLabels,
  type Enquiry,
  type EnquiryInput,
} from "@/lib/validations/enquiry";
import { FormField, inputClass } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ChoiceGroup, Honeypot } from "./choice-fields";
import { ConsentField } from "./consent-field";
import { focusFirstInvalid } from "./focus-first-invalid";
import { MessageCounter } from "./message-counter";

export interface EnquiryFormProps {
  action: (prev: ActionState<undefined>, fd: FormData) => Promise<ActionResult<undefined>>;
  conditions: string[];
  countries: { value: string; label: string }[];
  formToken: string;
  defaults: Partial<EnquiryInput> & { source?: string; cohortId?: string };
}

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function EnquiryForm({ action, conditions, countries, formToken, defaults }: EnquiryFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : undefined;
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  // A server message stops showing once the user edits that field; the edits count against the answer they follow,
  // so a new answer starts with none (derived during render rather than reset in an effect).
  const [edits, setEdits] = useState<{ after: typeof state; names: Set<string> }>({ after: state, names: new Set() });
  const edited = edits.after === state ? edits.names : new Set<string>();
  // Initial values go both to react-hook-form and onto the elements, so the server-rendered HTML carries them.
  const initial = { ...defaults, ...(failed?.values as Partial<EnquiryInput> | undefined) };
  const text = (k: keyof EnquiryInput) =>
    typeof initial[k] === "string" || typeof initial[k] === "number" ? String(initial[k]) : "";
  const list = (k: keyof EnquiryInput) => [initial[k]].flat().filter((v): v is string => typeof v === "string");
  const { register, handleSubmit, formState, control } = useForm<EnquiryInput, unknown, Enquiry>({
    resolver: zodResolver(enquirySchema),
    defaultValues: initial,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  useEffect(() => {
    if (!failed) return;
    // Field errors from the server: the first invalid field; anything else (spam check, rate limit): the message.
    if (!focusFirstInvalid(formRef.current, Object.keys(failed.fieldErrors ?? {}))) alertRef.current?.focus();
  }, [failed]);

  const err = (name: keyof EnquiryInput) =>
    formState.errors[name]?.message ?? (edited.has(name) ? undefined : failed?.fieldErrors?.[name]?.[0]);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    const form = e.currentTarget;
    return handleSubmit(
      () => {
        const fd = new FormData(form);
        startTransition(() => formAction(fd));
      },
      (errors) => focusFirstInvalid(form, Object.keys(errors)),
    )(e);
  };

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={submit}
      onChange={(e) => {
        const name = (e.target as unknown as { name: string }).name;
        setEdits({ after: state, names: new Set(edited).add(name) });
      }}
      noValidate
      className="relative space-y-6"
      aria-describedby="enquiry-required-note"
    >
      {failed ? (
        <div
          ref={alertRef}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {failed.error}
        </div>
      ) : null}
      <p id="enquiry-required-note" className="text-sm text-slate-600 dark:text-slate-400">
        All fields are required unless marked optional.
      </p>
      <input type="hidden" name="formToken" value={formToken} />
      {defaults.source ? <input type="hidden" name="source" value={defaults.source} /> : null}
      {defaults.cohortId ? <input type="hidden" name="cohortId" value={defaults.cohortId} /> : null}
      <Honeypot name="website" />

      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="name" label="Name" error={err("name")}>
          {(p) => (
            <input
              {...p}
              {...register("name")}
              defaultValue={text("name")}
              autoComplete="name"
              className={inputClass}
            />
          )}
        </FormField>
        <FormField id="email" label="Work email" hint="We reply to this address." error={err("email")}>
          {(p) => (
            <input
              {...p}
              {...register("email")}
              defaultValue={text("email")}
              type="email"
              autoComplete="email"
              inputMode="email"
              className={inputClass}
            />
          )}
        </FormField>
        <FormField id="organization" label="Organisation" error={err("organization")}>
          {(p) => (
            <input
              {...p}
              {...register("organization")}
              defaultValue={text("organization")}
              autoComplete="organization"
              className={inputClass}
            />
          )}
        </FormField>
        <FormField id="country" label="Country" error={err("country")}>
          {(p) => (
            <select
              {...p}
              {...register("country")}
              defaultValue={text("country")}
              autoComplete="country"
              className={inputClass}
            >
              <option value="">Choose a country</option>
              {countries.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="jobRole" label="Your role" error={err("jobRole")}>
          {(p) => (
            <select {...p} {...register("jobRole")} defaultValue={text("jobRole")} className={inputClass}>
              <option value="">Choose your role</option>
              {opts(jobRoleLabels).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="timeline" label="Timeline" error={err("timeline")}>
          {(p) => (
            <select {...p} {...register("timeline")} defaultValue={text("timeline")} className={inputClass}>
              <option value="">When do you need the data?</option>
              {opts(timelineLabels).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>

      <ChoiceGroup
        name="intendedUse"
        legend="Intended use"
        type="radio"
        options={opts(intendedUseLabels)}
        register={register("intendedUse")}
        error={err("intendedUse")}
        checked={list("intendedUse")}
      />

      {conditions.length > 0 ? (
        <ChoiceGroup
          name="conditions"
          legend="Conditions of interest"
          hint="Leave all unticked if you want the whole dataset."
          optional
          type="checkbox"
          options={conditions.map((c) => ({ value: c, label: c }))}
          register={register("conditions")}
          error={err("conditions")}
          checked={list("conditions")}
        />
      ) : null}

      <FormField
        id="studyCount"
        label="Number of studies"
        optional
        hint="Roughly how many studies you need, if you know."
        error={err("studyCount")}
      >
        {(p) => (
          <input
            {...p}
            {...register("studyCount")}
            defaultValue={text("studyCount")}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            className={`${inputClass} sm:max-w-xs`}
          />
        )}
      </FormField>

      <FormField
        id="message"
        label="Message"
        optional
        hint="Anything that helps us quote: cohort, formats, deadlines."
        error={err("message")}
      >
        {(p) => (
          <>
            <textarea
              {...p}
              aria-describedby={[p["aria-describedby"], "message-count"].filter(Boolean).join(" ")}
              {...register("message")}
              defaultValue={text("message")}
              rows={5}
              className={inputClass}
            />
            <MessageCounter control={control} max={MESSAGE_MAX} id="message-count" initial={text("message").length} />
          </>
        )}
      </FormField>

      <ConsentField
        register={register("consent")}
        error={err("consent")}
        checked={initial.consent === true || initial.consent === "on"}
      />

      <SubmitButton pending={pending} pendingLabel="Sending...">
        Send enquiry
      </SubmitButton>
    </form>
  );
}
