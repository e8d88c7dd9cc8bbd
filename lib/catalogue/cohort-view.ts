// What the cohort page shows for a URL: the form's choices (the catalogue's own label values), the parsed filter or
// what is wrong with it, and the breakdown on the latest catalogue version.
import type { Db } from "../db/create-client";
import { breakdownOf, catalogueIndex, type Breakdown } from "./engine";
import { EMPTY_FILTER, parseFilterParams, type CohortFilter, type FilterProblem } from "./filter";
import { fromMilliTesla } from "./labels";

export type CohortOptions = {
  conditions: string[];
  methods: string[];
  sequences: string[];
  manufacturers: string[];
  models: string[];
  tesla: number[];
};

export type CohortView =
  | { state: "no-catalogue" }
  | {
      state: "ok" | "bad-filter";
      version: number;
      options: CohortOptions;
      filter: CohortFilter;
      problems: FilterProblem[];
      breakdown: Breakdown | null;
    };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

export async function datasetIdOf(db: Db, slug: string): Promise<string | null> {
  const d = await db.dataset.findUnique({ where: { slug }, select: { id: true } });
  return d?.id ?? null;
}

export async function loadCohortView(db: Db, slug: string, params: Params): Promise<CohortView> {
  const datasetId = await datasetIdOf(db, slug);
  if (!datasetId) return { state: "no-catalogue" };
  const ix = await catalogueIndex(db, datasetId);
  if (ix.version === 0) return { state: "no-catalogue" };
  const v = ix.dict.values;
  const sorted = (xs: string[]) =>
    xs
      .slice(1)
      .filter((x) => x !== undefined)
      .sort((a, b) => a.localeCompare(b));
  const options: CohortOptions = {
    conditions: sorted(v.condition),
    methods: sorted(v.method),
    sequences: sorted(v.sequence),
    manufacturers: sorted(v.manufacturer),
    models: sorted(v.model),
    tesla: [...ix.index.sets.field.keys()]
      .filter((mt) => mt > 0)
      .sort((a, b) => a - b)
      .map(fromMilliTesla),
  };
  const parsed = parseFilterParams(params);
  if (!parsed.ok)
    return {
      state: "bad-filter",
      version: ix.version,
      options,
      filter: EMPTY_FILTER,
      problems: parsed.problems,
      breakdown: null,
    };
  const b = breakdownOf(ix, parsed.filter);
  if (!b.ok)
    return {
      state: "bad-filter",
      version: ix.version,
      options,
      filter: parsed.filter,
      problems: b.problems,
      breakdown: null,
    };
  return { state: "ok", version: ix.version, options, filter: parsed.filter, problems: [], breakdown: b };
}
