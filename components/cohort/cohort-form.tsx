import type { ReactNode } from "react";
import type { CohortOptions } from "@/lib/catalogue/cohort-view";
import { FILTER_PARAMS, type CohortFilter } from "@/lib/catalogue/filter";
import { AGE_CAP, SEX_LABELS, SEX_VALUES } from "@/lib/catalogue/labels";

// The cohort builder's filters as a plain GET form: works without JavaScript, and the URL it produces is the
// shareable state. LiveCount (client) listens to its changes to update the count without reloading.

const box = "size-5 shrink-0 accent-brand-700 dark:accent-brand-300";
const select =
  "min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900";

function Group({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {hint ? <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{hint}</p> : null}
      <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

function Check({ name, value, label, checked }: { name: string; value: string; label: string; checked: boolean }) {
  return (
    <label className="flex min-h-11 items-center gap-3 rounded px-1 text-sm hover:bg-slate-50 dark:hover:bg-slate-900">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className={box} />
      <span className="min-w-0 break-words">{label}</span>
    </label>
  );
}

const ages = Array.from({ length: AGE_CAP / 5 + 1 }, (_, i) => i * 5);

export function CohortForm({
  options,
  filter,
  children,
}: {
  options: CohortOptions;
  filter: CohortFilter;
  children?: ReactNode;
}) {
  const checks = (
    name: string,
    values: (string | number)[],
    chosen: (string | number)[],
    label = (v: string | number) => String(v),
  ) =>
    values.map((v) => (
      <Check key={String(v)} name={name} value={String(v)} label={label(v)} checked={chosen.includes(v)} />
    ));
  return (
    <form id="cohort-form" method="get" action="/cohort" className="space-y-4" aria-label="Cohort filters">
      <Group legend="Conditions" hint="From the radiologist's report. Studies often have several.">
        {checks(FILTER_PARAMS.conditions, options.conditions, filter.conditions)}
        <div
          className="col-span-full mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm"
          role="radiogroup"
          aria-label="Match conditions"
        >
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name={FILTER_PARAMS.match}
              value="any"
              defaultChecked={filter.match !== "all"}
              className={box}
            />
            any of them
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name={FILTER_PARAMS.match}
              value="all"
              defaultChecked={filter.match === "all"}
              className={box}
            />
            all of them
          </label>
        </div>
      </Group>
      <Group legend="Method of study">{checks(FILTER_PARAMS.methods, options.methods, filter.methods)}</Group>
      <Group legend="Sequences" hint="Studies that contain every sequence you tick.">
        {checks(FILTER_PARAMS.sequences, options.sequences, filter.sequences)}
      </Group>
      <Group legend="Sex">
        {checks(FILTER_PARAMS.sex, [...SEX_VALUES], filter.sex, (v) => SEX_LABELS[v as keyof typeof SEX_LABELS])}
      </Group>
      <fieldset className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <legend className="px-1 text-sm font-semibold">Age at the study</legend>
        <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">
          In 5-year bands; ages of 90 and over are recorded as 90+.
        </p>
        <div className="grid grid-cols-2 gap-3">
          <div className="text-sm">
            <label htmlFor="age-min">From</label>
            <select id="age-min" name={FILTER_PARAMS.ageMin} defaultValue={filter.ageMin ?? ""} className={select}>
              <option value="">any</option>
              {ages.map((a) => (
                <option key={a} value={a}>
                  {a === AGE_CAP ? `${a}+` : a}
                </option>
              ))}
            </select>
          </div>
          <div className="text-sm">
            <label htmlFor="age-max">To</label>
            <select id="age-max" name={FILTER_PARAMS.ageMax} defaultValue={filter.ageMax ?? ""} className={select}>
              <option value="">any</option>
              {ages.slice(1).map((a) => (
                <option key={a} value={a === AGE_CAP ? a : a - 1}>
                  {a === AGE_CAP ? `${a}+` : a - 1}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
      <Group legend="Scanner">
        {checks(FILTER_PARAMS.manufacturers, options.manufacturers, filter.manufacturers)}
        {checks(FILTER_PARAMS.models, options.models, filter.models)}
      </Group>
      <Group legend="Field strength">{checks(FILTER_PARAMS.tesla, options.tesla, filter.tesla, (t) => `${t} T`)}</Group>
      {children}
    </form>
  );
}
