// A catalogue row as written (coded labels), and the mapping from a parsed labels row.
import { assignCode, maskOf, type Dictionary, type PendingCode } from "./dictionary";
import type { LabelRow } from "./labels-csv/parse-labels";
import { SEX_CODES } from "./labels";

export type CatalogueInsert = {
  datasetId: string;
  studyInstanceUid: string;
  addedIn: number;
  conditions: number;
  primaryCondition: number;
  method: number;
  sequences: number;
  sex: number;
  age: number;
  race: number;
  manufacturer: number;
  model: number;
  fieldStrength: number;
  studyYear: number;
  seriesCount: number;
  instanceCount: number;
  sizeBytes: number;
  objectKey: string;
  sha256: string;
  synthetic: boolean;
};

/** The label columns that decide whether a re-imported row changed. */
export const LABEL_FIELDS = [
  "conditions",
  "primaryCondition",
  "method",
  "sequences",
  "sex",
  "age",
  "race",
  "manufacturer",
  "model",
  "fieldStrength",
  "studyYear",
  "seriesCount",
  "instanceCount",
  "sizeBytes",
  "objectKey",
  "sha256",
] as const satisfies readonly (keyof CatalogueInsert)[];

/** Column order used by every sink. */
export const INSERT_COLUMNS = [
  "datasetId",
  "studyInstanceUid",
  "addedIn",
  ...LABEL_FIELDS,
  "synthetic",
] as const satisfies readonly (keyof CatalogueInsert)[];

export type LabelValues = Pick<CatalogueInsert, (typeof LABEL_FIELDS)[number]>;

export function codeRow(r: LabelRow, d: Dictionary, pending: PendingCode[]): LabelValues {
  const conditionCodes = r.conditions.map((c) => assignCode(d, "condition", c, pending));
  const model = r.model ? assignCode(d, "model", [r.manufacturer, r.model].filter(Boolean).join(" "), pending) : 0;
  return {
    conditions: maskOf(conditionCodes),
    primaryCondition: conditionCodes[0] ?? 0,
    method: assignCode(d, "method", r.method, pending),
    sequences: maskOf(r.sequences.map((s) => assignCode(d, "sequence", s, pending))),
    sex: SEX_CODES[r.sex],
    age: r.age,
    race: r.race ? assignCode(d, "race", r.race, pending) : 0,
    manufacturer: r.manufacturer ? assignCode(d, "manufacturer", r.manufacturer, pending) : 0,
    model,
    fieldStrength: r.fieldStrength,
    studyYear: r.studyYear,
    seriesCount: r.seriesCount,
    instanceCount: r.instanceCount,
    sizeBytes: r.sizeBytes,
    objectKey: r.objectKey,
    sha256: r.sha256,
  };
}

export const sameLabels = (a: LabelValues, b: LabelValues) => LABEL_FIELDS.every((k) => a[k] === b[k]);
