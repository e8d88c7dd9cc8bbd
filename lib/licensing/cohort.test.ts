// The signed cohort link: a buyer cannot change the count or filter the price was computed from.
import { describe, expect, it } from "vitest";
import { cohortColumns, encodeCohort, signCohort, snapshotOf, verifyCohort, type CohortSnapshot } from "./cohort";

const secret = "s".repeat(32);
const snap: CohortSnapshot = {
  cohortId: null,
  filter: JSON.stringify({ conditions: ["Disc herniation"] }),
  label: "Disc herniation",
  catalogueVersion: 4,
  studyCount: 1200,
  sizeBytes: 96_000_000_000,
};

describe("cohort links", () => {
  it("verify what was signed", () => {
    const encoded = encodeCohort(snap);
    expect(verifyCohort(encoded, signCohort(encoded, secret), secret)).toEqual(snap);
  });

  it("refuse a changed snapshot, another secret, or a malformed signature", () => {
    const encoded = encodeCohort(snap);
    const sig = signCohort(encoded, secret);
    const cheaper = encodeCohort({ ...snap, studyCount: 12 });
    const refused = { code: "VALIDATION", message: expect.stringContaining("not valid") };
    expect(() => verifyCohort(cheaper, sig, secret)).toThrow(expect.objectContaining(refused));
    expect(() => verifyCohort(encoded, signCohort(encoded, "t".repeat(32)), secret)).toThrow(
      expect.objectContaining(refused),
    );
    for (const bad of ["", "zz", sig.slice(0, 10), `${sig}00`])
      expect(() => verifyCohort(encoded, bad, secret), bad).toThrow(expect.objectContaining(refused));
  });

  it("refuse a well-signed snapshot that is not a valid cohort", () => {
    const forged = Buffer.from(JSON.stringify({ ...snap, studyCount: 0 })).toString("base64url");
    expect(() => verifyCohort(forged, signCohort(forged, secret), secret)).toThrow(/not valid/);
    expect(() => encodeCohort({ ...snap, filter: "{not json" })).toThrow();
  });

  it("survive the round trip through a quote's columns", () => {
    expect(snapshotOf(cohortColumns(snap))).toEqual(snap);
  });
});
