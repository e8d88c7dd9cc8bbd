// The example legal texts put the vendor's own name and addresses where a reader looks for them.
import { describe, expect, it } from "vitest";
import { examplePrivacy, exampleTerms } from "./legal-examples";
import type { Vendor } from "./vendor";

const vendor: Vendor = {
  name: "Spine Data GmbH",
  addressLines: ["Hauptstr. 1", "10115 Berlin"],
  email: "dp@spine.example",
  phone: null,
  registrationLines: [],
  example: false,
};

describe("example legal texts", () => {
  it("name the operator and where to write in the terms", () => {
    const t = exampleTerms(vendor);
    expect(t).toContain("This website is operated by Spine Data GmbH.");
    expect(t).toContain("Questions about these terms: dp@spine.example.");
    expect(t.split("\n").filter((l) => l.startsWith("# "))).toHaveLength(5);
  });

  it("name the controller with its address and the contact for rights in the privacy notice", () => {
    const p = examplePrivacy(vendor);
    expect(p.startsWith("# Controller\nSpine Data GmbH, Hauptstr. 1, 10115 Berlin. Contact: dp@spine.example.")).toBe(
      true,
    );
    expect(p).toContain("by writing to dp@spine.example.");
  });
});
