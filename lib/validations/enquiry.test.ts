import { describe, expect, it } from "vitest";
import { enquirySchema } from "./enquiry";
import { fieldErrorsOf } from "./form";

// FormData arrives as strings ("on" for a ticked box, one string for one ticked condition); react-hook-form sends
// booleans, arrays and numbers. The schema must accept both shapes and produce the same result.
const formShape = {
  name: "  Ada Lovelace ",
  email: "Ada@Example.ORG",
  organization: "Analytical Engines Ltd",
  country: "GB",
  jobRole: "researcher",
  intendedUse: "research",
  conditions: ["Disc herniation", "Spinal stenosis", "Disc herniation"],
  studyCount: "1500",
  timeline: "1-3-months",
  message: "We train a segmentation model.",
  consent: "on",
};

describe("enquirySchema", () => {
  it("parses a submitted form and normalises it", () => {
    const r = enquirySchema.parse(formShape);
    expect(r).toMatchObject({
      name: "Ada Lovelace",
      email: "ada@example.org",
      conditions: ["Disc herniation", "Spinal stenosis"],
      studyCount: 1500,
      consent: true,
    });
  });

  it("accepts react-hook-form's shapes", () => {
    const r = enquirySchema.parse({ ...formShape, consent: true, studyCount: 1500, conditions: false });
    expect(r.conditions).toEqual([]);
    expect(r.studyCount).toBe(1500);
  });

  it("keeps a single ticked condition whole, commas included", () => {
    expect(enquirySchema.parse({ ...formShape, conditions: "Stenosis, L4-L5" }).conditions).toEqual([
      "Stenosis, L4-L5",
    ]);
  });

  it("treats empty optional fields as absent", () => {
    const r = enquirySchema.parse({ ...formShape, studyCount: "", message: undefined, conditions: undefined });
    expect(r.studyCount).toBeUndefined();
    expect(r.message).toBe("");
    expect(r.conditions).toEqual([]);
  });

  it("accepts addresses on local hosts (the demo's sales@localhost)", () => {
    expect(enquirySchema.parse({ ...formShape, email: "buyer@localhost" }).email).toBe("buyer@localhost");
  });

  it("reports every invalid field with a message a person understands", () => {
    const r = enquirySchema.safeParse({
      name: "A",
      email: "not-an-email",
      organization: "",
      country: "XX",
      jobRole: "wizard",
      intendedUse: "both",
      studyCount: "2.5",
      timeline: "",
      message: "x".repeat(5001),
    });
    expect(r.success).toBe(false);
    const errors = fieldErrorsOf(r.error!);
    expect(Object.keys(errors).sort()).toEqual(
      [
        "consent",
        "country",
        "email",
        "intendedUse",
        "jobRole",
        "message",
        "name",
        "organization",
        "studyCount",
        "timeline",
      ].sort(),
    );
    expect(errors.consent?.[0]).toMatch(/contact/);
    expect(errors.email?.[0]).toMatch(/valid email/);
    expect(errors.studyCount?.[0]).toMatch(/whole number/);
  });

  it("names the field in plain words when it is left empty", () => {
    const r = enquirySchema.safeParse({
      ...formShape,
      name: " ",
      email: "",
      organization: "",
      country: "",
      jobRole: "",
    });
    const errors = fieldErrorsOf(r.error!);
    expect(errors.name).toEqual(["Enter your name"]);
    expect(errors.email).toEqual(["Enter your work email"]);
    expect(errors.organization).toEqual(["Enter your organisation"]);
    expect(errors.country).toEqual(["Choose your country"]);
    expect(errors.jobRole).toEqual(["Choose your role"]);
  });

  it("refuses a consent box left unticked and study counts out of range", () => {
    expect(enquirySchema.safeParse({ ...formShape, consent: undefined }).success).toBe(false);
    expect(enquirySchema.safeParse({ ...formShape, studyCount: "0" }).success).toBe(false);
    expect(enquirySchema.safeParse({ ...formShape, studyCount: "2400001" }).success).toBe(false);
    expect(enquirySchema.safeParse({ ...formShape, studyCount: "many" }).success).toBe(false);
  });

  it("caps list and text sizes", () => {
    const many = Array.from({ length: 51 }, (_, i) => `c${i}`);
    expect(enquirySchema.safeParse({ ...formShape, conditions: many }).success).toBe(false);
    expect(enquirySchema.safeParse({ ...formShape, name: "n".repeat(121) }).success).toBe(false);
  });
});

describe("names and organisations", () => {
  it("lose bidi overrides, invisible characters and line breaks", () => {
    const r = enquirySchema.parse({
      ...formShape,
      name: "Eve\u202E\u200B Smith\nSubject: FAKE",
      organization: "\uFEFFAcme\u2066 Labs\u2069\u200D",
    });
    expect(r.name).toBe("Eve Smith Subject: FAKE");
    expect(r.organization).toBe("Acme Labs");
  });

  it("keep joiners between letters, which some scripts need", () => {
    const r = enquirySchema.parse({ ...formShape, name: "می\u200Cخواهم", organization: "क्\u200Dष Labs" });
    expect(r.name).toBe("می\u200Cخواهم");
    expect(r.organization).toBe("क्\u200Dष Labs");
  });

  it("are still required when nothing visible is left", () => {
    expect(enquirySchema.safeParse({ ...formShape, name: "\u200B\u202E\u200B" }).success).toBe(false);
  });
});
