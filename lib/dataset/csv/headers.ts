// Header names the importer understands, in any case and spacing: which column holds what.
import { normaliseName } from "./names";

export type Role = "condition" | "method" | "studies";

const ALIASES: Record<Role, string[]> = {
  condition: [
    "condition",
    "conditions",
    "diagnosis",
    "diagnoses",
    "pathology",
    "pathologies",
    "disease",
    "diseases",
    "finding",
    "findings",
  ],
  method: [
    "method",
    "methods",
    "method of study",
    "methods of study",
    "study method",
    "modality",
    "modalities",
    "sequence",
    "sequences",
    "study type",
    "type of study",
    "study types",
  ],
  studies: [
    "studies",
    "count",
    "counts",
    "number of studies",
    "no. of studies",
    "no of studies",
    "# of studies",
    "# studies",
    "n",
    "number",
    "total",
    "total studies",
    "study count",
    "studies count",
    "num studies",
  ],
};

// In a wide table, a column or row with one of these names holds totals to check, not a method or condition.
const TOTALS = [
  "total",
  "totals",
  "grand total",
  "sum",
  "overall",
  "all",
  "all methods",
  "all conditions",
  "total studies",
];

export function headerKey(raw: string): string {
  return normaliseName(raw).toLowerCase().replace(/_/g, " ").replace(/ +/g, " ").trim();
}

export function roleOf(raw: string): Role | null {
  const key = headerKey(raw);
  for (const role of ["condition", "method", "studies"] as const) if (ALIASES[role].includes(key)) return role;
  return null;
}

export function isTotalName(raw: string): boolean {
  return TOTALS.includes(headerKey(raw));
}

/** For messages: the name to use and its commonest aliases. */
export const ROLE_NAMES: Record<Role, string> = {
  condition: "condition (or diagnosis, pathology, disease)",
  method: "method (or method of study, modality, sequence, study type)",
  studies: "studies (or count, number of studies, n, total)",
};
