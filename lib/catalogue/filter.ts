// The cohort filter: one type and one zod schema for the cohort page (URL), the count API, stored cohorts and the
// enquiry. Values are label names (not codes), so a stored filter stays readable and survives code renumbering.
import { z } from "zod";
import { AGE_CAP, isAgeMax, isAgeMin, SEX_VALUES } from "./labels";

const name = z.string().trim().min(1, "empty value").max(200, "longer than 200 characters");
const names = z.array(name).max(64, "at most 64 values").default([]);

export const cohortFilterSchema = z
  .object({
    /** Conditions: a study matches any of them (match "any") or has all of them (match "all"). */
    conditions: names,
    match: z.enum(["any", "all"]).default("any"),
    /** Method of study as in the statistics CSV (MRI 1.5T, ...): any of. */
    methods: names,
    /** Sequences present (sagittal T2, ...): the study has all of them. */
    sequences: names,
    sex: z
      .array(z.enum(SEX_VALUES, { message: `sex must be one of ${SEX_VALUES.join(", ")}` }))
      .max(4)
      .default([]),
    ageMin: z
      .number()
      .int("age must be whole years")
      .min(0, "age cannot be negative")
      .max(AGE_CAP, `age is capped at ${AGE_CAP}`)
      .optional(),
    ageMax: z
      .number()
      .int("age must be whole years")
      .min(0, "age cannot be negative")
      .max(AGE_CAP, `age is capped at ${AGE_CAP}`)
      .optional(),
    manufacturers: names,
    /** Scanner models as "Manufacturer Model" (the dictionary value). */
    models: names,
    /** Field strengths in tesla: any of. */
    tesla: z
      .array(z.number().positive("field strength must be positive").max(20, "field strength above 20 T"))
      .max(16)
      .default([]),
  })
  .refine((f) => f.ageMin === undefined || isAgeMin(f.ageMin), {
    message: "the minimum age must start a 5-year band (0, 5, 10 ... 90)",
    path: ["ageMin"],
  })
  .refine((f) => f.ageMax === undefined || isAgeMax(f.ageMax), {
    message: "the maximum age must end a 5-year band (4, 9, 14 ... 89) or be 90 for 90 and over",
    path: ["ageMax"],
  })
  .refine((f) => f.ageMin === undefined || f.ageMax === undefined || f.ageMin <= f.ageMax, {
    message: "the minimum age is above the maximum age",
    path: ["ageMin"],
  });

export type CohortFilter = z.output<typeof cohortFilterSchema>;

export const EMPTY_FILTER: CohortFilter = cohortFilterSchema.parse({});

/** URL parameter per field: short, readable, stable (shared links depend on them). */
export const FILTER_PARAMS = {
  conditions: "condition",
  match: "match",
  methods: "method",
  sequences: "sequence",
  sex: "sex",
  ageMin: "ageMin",
  ageMax: "ageMax",
  manufacturers: "manufacturer",
  models: "model",
  tesla: "tesla",
} as const satisfies Record<keyof CohortFilter, string>;

export type FilterProblem = { param: string; message: string };
export type ParsedFilter = { ok: true; filter: CohortFilter } | { ok: false; problems: FilterProblem[] };

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function getAll(src: ParamSource, key: string): string[] {
  if (src instanceof URLSearchParams) return src.getAll(key);
  const v = src[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Parses URL parameters; empty values are ignored (an untouched form field), anything else must be valid. */
export function parseFilterParams(src: ParamSource): ParsedFilter {
  const problems: FilterProblem[] = [];
  const list = (key: string) =>
    getAll(src, key)
      .map((v) => v.trim())
      .filter((v) => v !== "");
  const one = (key: string) => {
    const all = list(key);
    if (all.length > 1) problems.push({ param: key, message: `give ${key} once` });
    return all[0];
  };
  const num = (key: string) => {
    const v = one(key);
    if (v === undefined) return undefined;
    const n = Number(v.replace(",", "."));
    if (!Number.isFinite(n)) {
      problems.push({ param: key, message: `"${v}" is not a number` });
      return undefined;
    }
    return n;
  };
  const raw = {
    conditions: list(FILTER_PARAMS.conditions),
    match: one(FILTER_PARAMS.match),
    methods: list(FILTER_PARAMS.methods),
    sequences: list(FILTER_PARAMS.sequences),
    sex: list(FILTER_PARAMS.sex).map((s) => s.toUpperCase()),
    ageMin: num(FILTER_PARAMS.ageMin),
    ageMax: num(FILTER_PARAMS.ageMax),
    manufacturers: list(FILTER_PARAMS.manufacturers),
    models: list(FILTER_PARAMS.models),
    tesla: getAll(src, FILTER_PARAMS.tesla)
      .map((v) => v.trim())
      .filter((v) => v !== "")
      .map((v) => {
        const n = Number(v.replace(",", "."));
        if (!Number.isFinite(n))
          problems.push({ param: FILTER_PARAMS.tesla, message: `"${v}" is not a field strength in tesla` });
        return n;
      })
      .filter(Number.isFinite),
  };
  const parsed = cohortFilterSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof CohortFilter | undefined;
      const at = issue.path[1];
      const values = field ? (raw as Record<string, unknown>)[field] : undefined;
      const bad = Array.isArray(values) && typeof at === "number" ? ` (${JSON.stringify(values[at])})` : "";
      problems.push({ param: field ? FILTER_PARAMS[field] : "filter", message: `${issue.message}${bad}` });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, filter: canonicalFilter(parsed.data) };
}

const sortUnique = <T extends string | number>(xs: readonly T[]) =>
  [...new Set(xs)].sort((a, b) =>
    typeof a === "number" ? (a as number) - (b as number) : String(a).localeCompare(String(b)),
  );

/** Same cohort, same value: sorted, de-duplicated lists, so equal filters serialise equally. */
export function canonicalFilter(f: CohortFilter): CohortFilter {
  return {
    conditions: sortUnique(f.conditions),
    match: f.match,
    methods: sortUnique(f.methods),
    sequences: sortUnique(f.sequences),
    sex: sortUnique(f.sex),
    ...(f.ageMin !== undefined ? { ageMin: f.ageMin } : {}),
    ...(f.ageMax !== undefined ? { ageMax: f.ageMax } : {}),
    manufacturers: sortUnique(f.manufacturers),
    models: sortUnique(f.models),
    tesla: sortUnique(f.tesla),
  };
}

/** The filter as URL parameters (the cohort page's shareable state); defaults are left out. */
export function filterToParams(f: CohortFilter): URLSearchParams {
  const p = new URLSearchParams();
  for (const c of f.conditions) p.append(FILTER_PARAMS.conditions, c);
  if (f.conditions.length > 1 && f.match === "all") p.set(FILTER_PARAMS.match, "all");
  for (const m of f.methods) p.append(FILTER_PARAMS.methods, m);
  for (const s of f.sequences) p.append(FILTER_PARAMS.sequences, s);
  for (const s of f.sex) p.append(FILTER_PARAMS.sex, s);
  if (f.ageMin !== undefined) p.set(FILTER_PARAMS.ageMin, String(f.ageMin));
  if (f.ageMax !== undefined) p.set(FILTER_PARAMS.ageMax, String(f.ageMax));
  for (const m of f.manufacturers) p.append(FILTER_PARAMS.manufacturers, m);
  for (const m of f.models) p.append(FILTER_PARAMS.models, m);
  for (const t of f.tesla) p.append(FILTER_PARAMS.tesla, String(t));
  return p;
}

/** Stored form (Cohort.filter). */
export const serialiseFilter = (f: CohortFilter) => JSON.stringify(canonicalFilter(f));
export function deserialiseFilter(json: string): CohortFilter {
  return canonicalFilter(cohortFilterSchema.parse(JSON.parse(json)));
}

/** One line per set filter, for the enquiry summary and the desk. */
export function describeFilter(f: CohortFilter): string[] {
  const out: string[] = [];
  if (f.conditions.length)
    out.push(
      `Conditions (${f.conditions.length > 1 ? (f.match === "all" ? "all of" : "any of") : "has"}): ${f.conditions.join(", ")}`,
    );
  if (f.methods.length) out.push(`Method: ${f.methods.join(", ")}`);
  if (f.sequences.length) out.push(`Sequences (all of): ${f.sequences.join(", ")}`);
  if (f.sex.length) out.push(`Sex: ${f.sex.join(", ")}`);
  if (f.ageMin !== undefined || f.ageMax !== undefined)
    out.push(
      `Age: ${f.ageMin ?? 0}-${f.ageMax === undefined ? `${AGE_CAP}+` : f.ageMax === AGE_CAP ? `${AGE_CAP}+` : f.ageMax}`,
    );
  if (f.manufacturers.length) out.push(`Manufacturer: ${f.manufacturers.join(", ")}`);
  if (f.models.length) out.push(`Scanner: ${f.models.join(", ")}`);
  if (f.tesla.length) out.push(`Field strength: ${f.tesla.map((t) => `${t} T`).join(", ")}`);
  return out.length ? out : ["All studies"];
}
