// Fixed label vocabularies shared by the labels parser, the count engine, the cohort page and the data card.

/** Sex codes as stored (CatalogueStudy.sex). */
export const SEX_CODES = { U: 0, F: 1, M: 2, O: 3 } as const;
export type SexValue = keyof typeof SEX_CODES;
export const SEX_VALUES = ["F", "M", "O", "U"] as const satisfies readonly SexValue[];
export const SEX_LABELS: Record<SexValue, string> = { F: "Female", M: "Male", O: "Other", U: "Not recorded" };
export const SEX_BY_CODE: readonly SexValue[] = ["U", "F", "M", "O"];

/** Ages at or above this are stored as this value ("90 or older"), as HIPAA's Safe Harbor asks. */
export const AGE_CAP = 90;
export const AGE_UNKNOWN = -1;

/**
 * Age filters work on 5-year bands (the pre-aggregate stores band starts): a minimum is a band start (0, 5, ... 90)
 * and a maximum a band end (4, 9, ... 89) or 90 for "90 and over".
 */
export const AGE_BAND_YEARS = 5;
export const isAgeMin = (n: number) => n % AGE_BAND_YEARS === 0 && n <= AGE_CAP;
export const isAgeMax = (n: number) => n === AGE_CAP || (n % AGE_BAND_YEARS === AGE_BAND_YEARS - 1 && n < AGE_CAP);

/** Ten-year bands for breakdowns: index = band, label for display. */
export const AGE_BANDS = ["0-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90+"] as const;
export function ageBand(age: number): number {
  if (age < 0) return -1;
  if (age < 20) return 0;
  return Math.min(8, Math.floor(age / 10) - 1);
}

/** Label kinds with a per-dataset dictionary (CatalogueCode). */
export const CODE_KINDS = ["condition", "method", "sequence", "race", "manufacturer", "model"] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

/** Kinds stored as bit masks, so one study can hold several: at most 31 values (a 32-bit signed column). */
export const MASK_KINDS = new Set<CodeKind>(["condition", "sequence"]);
export const MAX_MASK_VALUES = 31;

/** Field strength in tesla (as written) to the stored millitesla. */
export const toMilliTesla = (t: number) => Math.round(t * 1000);
export const fromMilliTesla = (mt: number) => mt / 1000;
