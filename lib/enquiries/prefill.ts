// Turns the query string of /enquire into safe initial values. Every parameter is validated and silently dropped when
// it is not valid: a link can suggest values, never inject them.
import { z } from "zod";
import { intendedUses, MAX_STUDIES } from "../validations/enquiry";
import { localPath } from "../validations/auth";

export interface Prefill {
  conditions: string[];
  studyCount?: number;
  intendedUse?: (typeof intendedUses)[number];
  source?: string;
}

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parsePrefill(params: Params, knownConditions: readonly string[]): Prefill {
  const rawConditions = [params.conditions ?? [], params.condition ?? []]
    .flat()
    .flatMap((v) => v.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  // Match case-insensitively against the dataset's own names, and keep its spelling.
  const byLower = new Map(knownConditions.map((c) => [c.toLowerCase(), c]));
  const conditions = [
    ...new Set(rawConditions.map((c) => byLower.get(c.toLowerCase())).filter((c): c is string => !!c)),
  ].slice(0, 50);

  const studies = z.coerce.number().int().min(1).max(MAX_STUDIES).safeParse(first(params.studies));
  const use = z.enum(intendedUses).safeParse(first(params.use));
  const source = localPath.max(200).safeParse(first(params.from));
  return {
    conditions,
    ...(studies.success ? { studyCount: studies.data } : {}),
    ...(use.success ? { intendedUse: use.data } : {}),
    ...(source.success ? { source: source.data } : {}),
  };
}
