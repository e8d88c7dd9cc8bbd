// Turns a filter of label names into the coded form the count engine loops over. Unknown names are reported (the
// page says which value is not in the catalogue) rather than silently matching nothing.
import { codeOf, maskOf, type Dictionary } from "./dictionary";
import { FILTER_PARAMS, type CohortFilter, type FilterProblem } from "./filter";
import { SEX_CODES, toMilliTesla, type CodeKind } from "./labels";

export type CodedFilter = {
  /** 0 = no condition filter */
  condMask: number;
  condAll: boolean;
  seqMask: number;
  /** lookup tables by code (1 = allowed); null = no filter */
  methods: Uint8Array | null;
  sex: Uint8Array | null;
  manufacturers: Uint8Array | null;
  models: Uint8Array | null;
  /** millitesla values allowed; null = no filter */
  tesla: Int32Array | null;
  ageMin: number;
  ageMax: number;
  ageSet: boolean;
};

export type Compiled = { ok: true; coded: CodedFilter } | { ok: false; problems: FilterProblem[] };

export function compileFilter(f: CohortFilter, d: Dictionary): Compiled {
  const problems: FilterProblem[] = [];
  const codes = (kind: CodeKind, values: string[], param: string, what: string) =>
    values.map((v) => {
      const c = codeOf(d, kind, v);
      if (c === undefined) problems.push({ param, message: `no ${what} "${v}" in the catalogue` });
      return c ?? 0;
    });
  const lookup = (kind: CodeKind, values: string[], param: string, what: string) => {
    if (values.length === 0) return null;
    const t = new Uint8Array(d.values[kind].length + 1);
    for (const c of codes(kind, values, param, what)) if (c) t[c] = 1;
    return t;
  };
  const condCodes = codes("condition", f.conditions, FILTER_PARAMS.conditions, "condition");
  const seqCodes = codes("sequence", f.sequences, FILTER_PARAMS.sequences, "sequence");
  const coded: CodedFilter = {
    condMask: maskOf(condCodes.filter((c) => c > 0)),
    condAll: f.match === "all",
    seqMask: maskOf(seqCodes.filter((c) => c > 0)),
    methods: lookup("method", f.methods, FILTER_PARAMS.methods, "method"),
    sex: f.sex.length ? Uint8Array.from([0, 1, 2, 3], (c) => (f.sex.some((s) => SEX_CODES[s] === c) ? 1 : 0)) : null,
    manufacturers: lookup("manufacturer", f.manufacturers, FILTER_PARAMS.manufacturers, "manufacturer"),
    models: lookup("model", f.models, FILTER_PARAMS.models, "scanner model"),
    tesla: f.tesla.length ? Int32Array.from(f.tesla.map(toMilliTesla)) : null,
    ageMin: f.ageMin ?? 0,
    ageMax: f.ageMax ?? Number.MAX_SAFE_INTEGER,
    ageSet: f.ageMin !== undefined || f.ageMax !== undefined,
  };
  return problems.length ? { ok: false, problems } : { ok: true, coded };
}
