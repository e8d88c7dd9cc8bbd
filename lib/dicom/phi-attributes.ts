// The attributes a public sample must not carry a value in: the "removed" rows of the de-identification profile,
// for code that only needs the list (the viewer's metadata panel tests, e2e checks).
import { DEIDENTIFICATION_PROFILE } from "./deidentification-profile";

/** [8-digit tag, keyword] of every single attribute the profile removes (PS3.15 Annex E, stricter: empty or absent). */
export const PHI_ATTRIBUTES: ReadonlyArray<readonly [tag: string, keyword: string]> = DEIDENTIFICATION_PROFILE.filter(
  (r) => r.action === "removed" && r.tag !== undefined,
).map((r) => [r.tag!, r.keyword] as const);
