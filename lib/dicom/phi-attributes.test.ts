import { describe, expect, it } from "vitest";
import { DEIDENTIFICATION_PROFILE } from "./deidentification-profile";
import { PHI_ATTRIBUTES } from "./phi-attributes";

describe("PHI_ATTRIBUTES", () => {
  it("lists exactly the profile's removed single attributes as [8-digit tag, keyword]", () => {
    const removed = DEIDENTIFICATION_PROFILE.filter((r) => r.action === "removed" && r.tag !== undefined);
    expect(PHI_ATTRIBUTES).toHaveLength(removed.length);
    for (const [tag, keyword] of PHI_ATTRIBUTES) {
      expect(tag).toMatch(/^[0-9A-F]{8}$/i);
      expect(keyword).toMatch(/^[A-Za-z0-9]+$/);
    }
    const keywords = PHI_ATTRIBUTES.map(([, k]) => k);
    expect(keywords).toEqual(expect.arrayContaining(["PatientName", "PatientID", "PatientBirthDate"]));
    // Attributes the profile keeps or only checks are not listed.
    const notRemoved = DEIDENTIFICATION_PROFILE.filter((r) => r.action !== "removed" && r.tag).map((r) => r.tag);
    for (const tag of notRemoved) expect(PHI_ATTRIBUTES.map(([t]) => t)).not.toContain(tag);
  });
});
