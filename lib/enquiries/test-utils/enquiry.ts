// Test helpers: a valid enquiry as the form submits it (parsed by the real schema), and an enquiry row to insert
// directly, each with any field overridden.
import { enquirySchema } from "../../validations/enquiry";
import { searchTextOf } from "../create";

export const enquiryInput = (overrides: Record<string, unknown> = {}) =>
  enquirySchema.parse({
    name: "Ada",
    email: "ada@example.org",
    organization: "Spine Lab",
    country: "GB",
    jobRole: "researcher",
    intendedUse: "research",
    timeline: "asap",
    consent: "on",
    conditions: ["Disc herniation"],
    message: "We would like a sample.",
    ...overrides,
  });

type Person = { name: string; email: string; organization: string; message: string };

/** `data` for db.enquiry.create: the person's fields, their search text and the rest of a plain research enquiry. */
export function enquiryRow<T extends object>(person: Partial<Person> = {}, extra: T = {} as T) {
  const p: Person = { name: "Ada", email: "ada@example.org", organization: "Spine Lab", message: "", ...person };
  return {
    ...p,
    country: "DE",
    jobRole: "researcher",
    intendedUse: "research",
    conditions: "[]",
    timeline: "asap",
    consent: true,
    searchText: searchTextOf(p),
    ...extra,
  };
}
