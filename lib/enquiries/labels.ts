// Human labels for stored enquiry values, for the desk, the CSV export and the emails.
import { countryName } from "../validations/countries";
import { intendedUseLabels, jobRoleLabels, timelineLabels } from "../validations/enquiry";

// Own keys only: a stored value such as "toString" must not pick up Object.prototype's function.
const pick = (labels: Record<string, string>, v: string) => (Object.hasOwn(labels, v) ? labels[v]! : v);

export const intendedUseLabel = (v: string) => (v === "research" ? "Research" : v === "commercial" ? "Commercial" : v);
export const intendedUseLongLabel = (v: string) => pick(intendedUseLabels, v);
export const jobRoleLabel = (v: string) => pick(jobRoleLabels, v);
export const timelineLabel = (v: string) => pick(timelineLabels, v);
export const countryLabel = (v: string) => countryName(v);

export function parseConditions(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
